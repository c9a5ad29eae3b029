/** Display names of the SDG indicators disaggregated by migratory status (candidates). */
import type { NamesByLanguageInput } from "@gapmap/core";

export const sdgDisaggregationIndicatorNames: Record<string, NamesByLanguageInput> = {
  "sdg-1-1-1-by-status": {
    fr: "Population vivant au-dessous du seuil de pauvreté international, par statut migratoire",
    es: "Población por debajo del umbral internacional de pobreza, por estatus migratorio",
    ru: "Население, живущее за международной чертой бедности, в разбивке по миграционному статусу",
    ar: "السكان الذين يعيشون دون خط الفقر الدولي، بحسب الوضع من حيث الهجرة",
    ro: "Populația sub pragul internațional de sărăcie, după statutul migrator",
    sr: "Становништво испод међународне линије сиромаштва, према миграционом статусу",
  },
  "sdg-2-1-1-by-status": {
    fr: "Prévalence de la sous-alimentation, par statut migratoire",
    es: "Prevalencia de la subalimentación, por estatus migratorio",
    ru: "Распространённость недоедания в разбивке по миграционному статусу",
    ar: "معدل انتشار نقص التغذية، بحسب الوضع من حيث الهجرة",
    ro: "Prevalența subnutriției, după statutul migrator",
    sr: "Распрострањеност потхрањености, према миграционом статусу",
  },
  "sdg-2-1-2-by-status": {
    fr: "Prévalence d’une insécurité alimentaire modérée ou grave, par statut migratoire",
    es: "Prevalencia de la inseguridad alimentaria moderada o grave, por estatus migratorio",
    ru: {
      text: "Распространённость умеренного или острого отсутствия продовольственной безопасности в разбивке по миграционному статусу",
      short: "Отсутствие продовольственной безопасности по миграционному статусу",
    },
    ar: "معدل انتشار انعدام الأمن الغذائي المتوسط أو الشديد، بحسب الوضع من حيث الهجرة",
    ro: "Prevalența insecurității alimentare moderate sau severe, după statutul migrator",
    sr: "Распрострањеност умерене или тешке несигурности у исхрани, према миграционом статусу",
  },
  "sdg-3-1-1-by-status": {
    fr: "Taux de mortalité maternelle, par statut migratoire de la mère",
    es: "Tasa de mortalidad materna, por estatus migratorio de la madre",
    ru: "Коэффициент материнской смертности в разбивке по миграционному статусу матери",
    ar: "نسبة الوفيات النفاسية، بحسب وضع الأم من حيث الهجرة",
    ro: "Rata mortalității materne, după statutul migrator al mamei",
    sr: "Стопа смртности мајки, према миграционом статусу мајке",
  },
  "sdg-3-2-1-by-status": {
    fr: "Taux de mortalité des enfants de moins de 5 ans, par statut migratoire de la mère",
    es: "Tasa de mortalidad de niños menores de 5 años, por estatus migratorio de la madre",
    ru: "Коэффициент смертности детей в возрасте до пяти лет в разбивке по миграционному статусу матери",
    ar: "معدل وفيات الأطفال دون سن الخامسة، بحسب وضع الأم من حيث الهجرة",
    ro: "Rata de mortalitate a copiilor sub 5 ani, după statutul migrator al mamei",
    sr: "Стопа смртности деце млађе од пет година, према миграционом статусу мајке",
  },
  "sdg-4-1-1-by-status": {
    en: {
      text: "Children and young people achieving minimum proficiency in reading and mathematics, by migratory status",
      short: "Minimum proficiency in reading and mathematics, by migratory status",
    },
    fr: {
      text: "Enfants et jeunes atteignant un seuil minimal de compétence en lecture et en mathématiques, par statut migratoire",
      short: "Compétences minimales en lecture et mathématiques, par statut migratoire",
    },
    es: {
      text: "Niños y jóvenes que alcanzan un nivel mínimo de competencia en lectura y matemáticas, por estatus migratorio",
      short: "Competencia mínima en lectura y matemáticas, por estatus migratorio",
    },
    ru: {
      text: "Дети и молодёжь, достигшие минимального уровня владения навыками чтения и математики, в разбивке по миграционному статусу",
      short: "Минимальный уровень навыков чтения и математики по миграционному статусу",
    },
    ar: "الأطفال والشباب الذين يحققون الحد الأدنى من الكفاءة في القراءة والرياضيات، بحسب الوضع من حيث الهجرة",
    ro: {
      text: "Copii și tineri care ating nivelul minim de competență la citire și matematică, după statutul migrator",
      short: "Competențe minime la citire și matematică, după statutul migrator",
    },
    sr: "Деца и млади који достижу минимални ниво знања у читању и математици, према миграционом статусу",
  },
  "sdg-4-2-2-by-status": {
    en: {
      text: "Participation rate in organised learning one year before primary entry age, by migratory status",
      short: "Pre-primary participation rate, by migratory status",
    },
    fr: {
      text: "Taux de participation à l’apprentissage organisé un an avant l’âge officiel d’entrée à l’école primaire, par statut migratoire",
      short: "Participation préprimaire, par statut migratoire",
    },
    es: {
      text: "Tasa de participación en el aprendizaje organizado un año antes de la edad de ingreso en la enseñanza primaria, por estatus migratorio",
      short: "Participación preescolar, por estatus migratorio",
    },
    ru: {
      text: "Уровень участия в организованном обучении за один год до возраста поступления в начальную школу в разбивке по миграционному статусу",
      short: "Участие в дошкольном обучении по миграционному статусу",
    },
    ar: {
      text: "معدل المشاركة في التعلّم المنظّم قبل سنة واحدة من سن الالتحاق بالتعليم الابتدائي، بحسب الوضع من حيث الهجرة",
      short: "المشاركة في التعليم قبل الابتدائي، بحسب الوضع من حيث الهجرة",
    },
    ro: {
      text: "Rata de participare la învățământul organizat cu un an înainte de vârsta de intrare în școala primară, după statutul migrator",
      short: "Participarea la educația preșcolară, după statutul migrator",
    },
    sr: {
      text: "Стопа обухвата организованим учењем годину дана пре поласка у основну школу, према миграционом статусу",
      short: "Обухват предшколским програмом, према миграционом статусу",
    },
  },
  "sdg-4-3-1-by-status": {
    en: {
      text: "Participation of youth and adults in formal and non-formal education and training, by migratory status",
      short: "Youth and adult education and training, by migratory status",
    },
    fr: {
      text: "Participation des jeunes et des adultes à l’éducation et à la formation formelles et non formelles, par statut migratoire",
      short: "Éducation et formation des jeunes et des adultes, par statut migratoire",
    },
    es: {
      text: "Participación de jóvenes y adultos en la educación y formación formal y no formal, por estatus migratorio",
      short: "Educación y formación de jóvenes y adultos, por estatus migratorio",
    },
    ru: {
      text: "Участие молодёжи и взрослых в формальном и неформальном образовании и профессиональной подготовке в разбивке по миграционному статусу",
      short: "Образование и обучение молодёжи и взрослых по миграционному статусу",
    },
    ar: "مشاركة الشباب والكبار في التعليم والتدريب الرسميين وغير الرسميين، بحسب الوضع من حيث الهجرة",
    ro: {
      text: "Participarea tinerilor și adulților la educație și formare formală și nonformală, după statutul migrator",
      short: "Educația și formarea tinerilor și adulților, după statutul migrator",
    },
    sr: "Учешће младих и одраслих у формалном и неформалном образовању и обуци, према миграционом статусу",
  },
  "sdg-4-5-1-by-status": {
    fr: "Indices de parité des indicateurs d’éducation, migrants par rapport aux non-migrants",
    es: "Índices de paridad de los indicadores educativos, migrantes frente a no migrantes",
    ru: "Индексы равенства по показателям образования: мигранты и немигранты",
    ar: "مؤشرات التكافؤ لمؤشرات التعليم، المهاجرون مقارنةً بغير المهاجرين",
    ro: "Indici de paritate pentru indicatorii de educație, migranți față de nemigranți",
    sr: "Индекси паритета за показатеље образовања, мигранти у односу на немигранте",
  },
  "sdg-4-6-1-by-status": {
    en: {
      text: "Population achieving a fixed level of proficiency in functional literacy and numeracy, by migratory status",
      short: "Functional literacy and numeracy, by migratory status",
    },
    fr: {
      text: "Population atteignant un niveau fixé de compétence fonctionnelle en lecture, écriture et calcul, par statut migratoire",
      short: "Littératie et numératie fonctionnelles, par statut migratoire",
    },
    es: {
      text: "Población que alcanza un nivel fijo de competencia funcional en alfabetización y aritmética, por estatus migratorio",
      short: "Alfabetización y aritmética funcionales, por estatus migratorio",
    },
    ru: {
      text: "Население, достигшее установленного уровня функциональной грамотности и навыков счёта, в разбивке по миграционному статусу",
      short: "Функциональная грамотность и навыки счёта по миграционному статусу",
    },
    ar: {
      text: "السكان الذين يحققون مستوى ثابتاً من الكفاءة في الإلمام الوظيفي بالقراءة والكتابة والحساب، بحسب الوضع من حيث الهجرة",
      short: "الإلمام الوظيفي بالقراءة والكتابة والحساب، بحسب الوضع من حيث الهجرة",
    },
    ro: {
      text: "Populația care atinge un nivel stabilit de competență în alfabetizare funcțională și calcul, după statutul migrator",
      short: "Alfabetizare funcțională și calcul, după statutul migrator",
    },
    sr: {
      text: "Становништво које достиже утврђени ниво функционалне писмености и рачунања, према миграционом статусу",
      short: "Функционална писменост и рачунање, према миграционом статусу",
    },
  },
  "sdg-5-2-1-by-status": {
    fr: "Femmes et filles victimes de violences de la part d’un partenaire intime, par statut migratoire",
    es: "Mujeres y niñas víctimas de violencia de pareja, por estatus migratorio",
    ru: {
      text: "Женщины и девочки, подвергшиеся насилию со стороны интимного партнёра, в разбивке по миграционному статусу",
      short: "Насилие со стороны интимного партнёра по миграционному статусу",
    },
    ar: "النساء والفتيات اللاتي تعرضن للعنف من قبل شريك حميم، بحسب الوضع من حيث الهجرة",
    ro: "Femei și fete supuse violenței din partea partenerului intim, după statutul migrator",
    sr: "Жене и девојчице изложене насиљу од стране интимног партнера, према миграционом статусу",
  },
  "sdg-8-3-1-by-status": {
    fr: "Emploi informel, par statut migratoire",
    es: "Empleo informal, por estatus migratorio",
    ru: "Неформальная занятость в разбивке по миграционному статусу",
    ar: "العمالة غير الرسمية، بحسب الوضع من حيث الهجرة",
    ro: "Ocuparea informală, după statutul migrator",
    sr: "Неформална запосленост, према миграционом статусу",
  },
  "sdg-8-10-2-by-status": {
    fr: {
      text: "Adultes possédant un compte dans une banque ou auprès d’un service de paiement mobile, par statut migratoire",
      short: "Adultes titulaires d’un compte, par statut migratoire",
    },
    es: "Adultos con una cuenta en un banco o en un proveedor de dinero móvil, por estatus migratorio",
    ru: {
      text: "Взрослые, имеющие счёт в банке или у оператора мобильных денежных услуг, в разбивке по миграционному статусу",
      short: "Взрослые, имеющие счёт, по миграционному статусу",
    },
    ar: {
      text: "البالغون الذين لديهم حساب مصرفي أو لدى مقدّم خدمات الأموال عبر الهاتف المحمول، بحسب الوضع من حيث الهجرة",
      short: "البالغون الذين لديهم حساب، بحسب الوضع من حيث الهجرة",
    },
    ro: "Adulți cu un cont la o bancă sau la un furnizor de servicii de bani mobili, după statutul migrator",
    sr: "Одрасли са рачуном у банци или код пружаоца услуга мобилног новца, према миграционом статусу",
  },
  "sdg-16-1-3-by-status": {
    fr: "Population victime de violences au cours des 12 mois précédents, par statut migratoire",
    es: "Población que ha sufrido violencia en los 12 meses anteriores, por estatus migratorio",
    ru: "Население, подвергшееся насилию в предыдущие 12 месяцев, в разбивке по миграционному статусу",
    ar: "السكان الذين تعرضوا للعنف خلال الأشهر الاثني عشر السابقة، بحسب الوضع من حيث الهجرة",
    ro: "Populația supusă violenței în ultimele 12 luni, după statutul migrator",
    sr: "Становништво изложено насиљу у претходних 12 месеци, према миграционом статусу",
  },
};
