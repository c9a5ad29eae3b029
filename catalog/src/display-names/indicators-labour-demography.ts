/** Display names of the population and labour indicators (Part B.1, B.3). */
import type { NamesByLanguageInput } from "@gapmap/core";
import { SDG_TITLE_SOURCE } from "./sources";

export const labourDemographyIndicatorNames: Record<string, NamesByLanguageInput> = {
  "demo-migrant-share": {
    fr: "Part des migrants internationaux dans la population totale",
    es: "Migrantes internacionales como proporción de la población total",
    ru: "Доля международных мигрантов в общей численности населения",
    ar: "نسبة المهاجرين الدوليين من مجموع السكان",
    ro: "Ponderea migranților internaționali în populația totală",
    sr: "Удео међународних миграната у укупном становништву",
  },
  "demo-migration-population-change": {
    fr: "Contribution du solde migratoire à l’évolution de la population",
    es: "Contribución del saldo migratorio al cambio de la población",
    ru: "Вклад миграционного прироста в изменение численности населения",
    ar: "مساهمة صافي الهجرة في تغيّر عدد السكان",
    ro: "Contribuția soldului migrației la schimbarea populației",
    sr: "Допринос миграционог салда промени броја становника",
  },
  "demo-births-foreign-mothers": {
    fr: "Naissances vivantes de mères nées à l’étranger ou de nationalité étrangère",
    es: "Nacidos vivos de madres nacidas en el extranjero o de nacionalidad extranjera",
    ru: "Живорождения у матерей, родившихся за рубежом или являющихся иностранными гражданками",
    ar: "المواليد الأحياء لأمهات مولودات في الخارج أو يحملن جنسية أجنبية",
    ro: "Născuți vii din mame născute în străinătate sau cu cetățenie străină",
    sr: "Живорођени чије су мајке рођене у иностранству или стране држављанке",
  },
  "demo-children-left-behind": {
    fr: "Enfants dont l’un des parents ou les deux sont à l’étranger",
    es: "Niños con uno o ambos progenitores en el extranjero",
    ru: "Дети, у которых один или оба родителя находятся за рубежом",
    ar: "الأطفال الذين يعيش أحد والديهم أو كلاهما في الخارج",
    ro: "Copii cu unul sau ambii părinți plecați în străinătate",
    sr: "Деца чији је један или оба родитеља у иностранству",
  },
  "labour-employment-rate-by-status": {
    fr: "Taux d’emploi par statut migratoire",
    es: "Tasa de empleo por estatus migratorio",
    ru: "Уровень занятости в разбивке по миграционному статусу",
    ar: "معدل العمالة بحسب الوضع من حيث الهجرة",
    ro: "Rata de ocupare după statutul migrator",
    sr: "Стопа запослености према миграционом статусу",
  },
  "labour-unemployment-rate-by-status": {
    fr: "Taux de chômage par statut migratoire",
    es: "Tasa de desempleo por estatus migratorio",
    ru: "Уровень безработицы в разбивке по миграционному статусу",
    ar: "معدل البطالة بحسب الوضع من حيث الهجرة",
    ro: "Rata șomajului după statutul migrator",
    sr: "Стопа незапослености према миграционом статусу",
  },
  "labour-earnings-by-status": {
    fr: "Rémunération horaire moyenne des salariés par statut migratoire",
    es: "Ingreso medio por hora de los empleados por estatus migratorio",
    ru: "Средний почасовой заработок работников в разбивке по миграционному статусу",
    ar: "متوسط الدخل في الساعة للعاملين بحسب الوضع من حيث الهجرة",
    ro: "Câștigurile medii orare ale angajaților după statutul migrator",
    sr: "Просечна зарада по сату запослених према миграционом статусу",
  },
  "labour-neet-by-status": {
    en: {
      text: "Youth not in education, employment or training (NEET) by migratory status",
      short: "NEET youth by migratory status",
    },
    fr: {
      text: "Jeunes ni en emploi, ni en études, ni en formation (NEET) par statut migratoire",
      short: "Jeunes NEET par statut migratoire",
    },
    es: {
      text: "Jóvenes que no estudian, no trabajan ni reciben formación, por estatus migratorio",
      short: "Jóvenes que no estudian ni trabajan, por estatus migratorio",
    },
    ru: {
      text: "Молодёжь, которая не учится, не работает и не приобретает профессиональных навыков, в разбивке по миграционному статусу",
      short: "Молодёжь вне учёбы и работы по миграционному статусу",
    },
    ar: {
      text: "الشباب خارج دائرة التعليم والعمالة والتدريب بحسب الوضع من حيث الهجرة",
      short: "الشباب خارج التعليم والعمل والتدريب، بحسب الوضع من حيث الهجرة",
    },
    ro: {
      text: "Tineri care nu sunt încadrați profesional și nu urmează studii sau formare (NEET), după statutul migrator",
      short: "Tineri NEET, după statutul migrator",
    },
    sr: {
      text: "Млади који нису ни запослени ни у образовању или обуци, према миграционом статусу",
      short: "Млади ван образовања и запослења, према миграционом статусу",
    },
  },
  "labour-skills-mismatch": {
    fr: "Surqualification des migrants en emploi",
    es: "Sobrecualificación de los migrantes ocupados",
    ru: "Избыточная квалификация работающих мигрантов",
    ar: "فرط المؤهلات لدى المهاجرين العاملين",
    ro: "Supracalificarea migranților ocupați",
    sr: "Прекомерна квалификованост запослених миграната",
  },
  "labour-occupational-injuries": {
    en: {
      text: "Fatal and non-fatal occupational injuries per 100,000 workers, by sex and migrant status",
      short: "Occupational injuries by migrant status",
      verified: true,
      source: SDG_TITLE_SOURCE.en,
    },
    fr: {
      text: "Nombre d’accidents du travail mortels et non mortels par 100 000 travailleurs, par sexe et statut au regard de l’immigration",
      short: "Accidents du travail par statut migratoire",
      verified: true,
      source: SDG_TITLE_SOURCE.fr,
    },
    es: {
      text: "Lesiones ocupacionales mortales y no mortales por cada 100.000 trabajadores, desglosadas por sexo y estatus migratorio",
      short: "Lesiones ocupacionales por estatus migratorio",
      verified: true,
      source: SDG_TITLE_SOURCE.es,
    },
    ru: {
      text: "Производственный травматизм со смертельным и несмертельным исходом в разбивке по полу и миграционному статусу",
      short: "Производственный травматизм по миграционному статусу",
      verified: true,
      source: SDG_TITLE_SOURCE.ru,
    },
    ar: {
      text: "إصابات العمل المميتة وغير المميتة لكل 000 100 عامل، بحسب الجنس ووضع المهاجرين",
      verified: true,
      source: SDG_TITLE_SOURCE.ar,
    },
    ro: {
      text: "Accidente de muncă mortale și non mortale la 100.000 de lucrători, pe sexe și statut de migrant",
      verified: true,
      source: SDG_TITLE_SOURCE.ro,
    },
    sr: "Смртоносне и несмртоносне повреде на раду на 100.000 радника, по полу и миграционом статусу",
  },
  "labour-rights-compliance": {
    en: {
      text: "Level of national compliance with labour rights (freedom of association and collective bargaining), by sex and migrant status",
      short: "Compliance with labour rights",
    },
    fr: {
      text: "Niveau de respect des droits du travail (liberté d’association et négociation collective), par sexe et statut migratoire",
      short: "Respect des droits du travail",
    },
    es: {
      text: "Nivel de cumplimiento nacional de los derechos laborales (libertad de asociación y negociación colectiva), por sexo y estatus migratorio",
      short: "Cumplimiento de los derechos laborales",
    },
    ru: {
      text: "Уровень соблюдения государством трудовых прав (свобода объединений и заключение коллективных договоров) в разбивке по полу и миграционному статусу",
      short: "Соблюдение трудовых прав",
    },
    ar: {
      text: "مستوى امتثال البلد لحقوق العمل (حرية تكوين الجمعيات والمفاوضة الجماعية)، بحسب الجنس ووضع المهاجرين",
      short: "الامتثال لحقوق العمل",
    },
    ro: {
      text: "Nivelul de respectare la nivel național a drepturilor muncii (libertatea de asociere și de negociere colectivă), pe sexe și statut de migrant",
      short: "Respectarea drepturilor muncii",
    },
    sr: {
      text: "Ниво поштовања права из радног односа (слобода удруживања и колективно преговарање), по полу и миграционом статусу",
      short: "Поштовање права из радног односа",
    },
  },
  "labour-recruitment-cost": {
    en: {
      text: "Recruitment cost borne by employee as a proportion of monthly income earned in country of destination",
      short: "Recruitment cost borne by employee",
      verified: true,
      source: SDG_TITLE_SOURCE.en,
    },
    fr: {
      text: "Dépenses de recrutement à la charge du salarié en proportion de son revenu mensuel dans le pays de destination",
      short: "Dépenses de recrutement à la charge du salarié",
      verified: true,
      source: SDG_TITLE_SOURCE.fr,
    },
    es: {
      text: "Costo de la contratación sufragado por el empleado en proporción a los ingresos mensuales percibidos en el país de destino",
      short: "Costo de la contratación sufragado por el empleado",
      verified: true,
      source: SDG_TITLE_SOURCE.es,
    },
    ru: {
      text: "Затраты работника на трудоустройство в процентах от его месячного дохода в стране назначения",
      short: "Затраты работника на трудоустройство",
      verified: true,
      source: SDG_TITLE_SOURCE.ru,
    },
    ar: {
      text: "تكاليف الاستقدام التي يتحملها الموظف كنسبة من الدخل الشهري في بلد المقصد",
      verified: true,
      source: SDG_TITLE_SOURCE.ar,
    },
    ro: {
      text: "Costul de recrutare suportat de angajat ca proporție din venitul lunar obținut în țara de destinație",
      verified: true,
      source: SDG_TITLE_SOURCE.ro,
    },
    sr: "Трошкови запошљавања које сноси запослени као удео месечног прихода у земљи одредишта",
  },
  "labour-returnee-employment": {
    fr: "Situation sur le marché du travail des migrants de retour",
    es: "Situación laboral de los migrantes retornados",
    ru: "Занятость вернувшихся мигрантов",
    ar: "أوضاع العمالة لدى المهاجرين العائدين",
    ro: "Situația ocupării migranților reveniți",
    sr: "Запосленост миграната повратника",
  },
  "labour-child-labour": {
    fr: "Proportion et nombre d’enfants âgés de 5 à 17 ans qui travaillent",
    es: "Proporción y número de niños de entre 5 y 17 años que realizan trabajo infantil",
    ru: "Доля и число детей в возрасте от 5 до 17 лет, занятых детским трудом",
    ar: "نسبة وعدد الأطفال الذين تتراوح أعمارهم بين 5 و17 سنة المنخرطين في عمل الأطفال",
    ro: "Proporția și numărul de copii cu vârsta între 5 și 17 ani implicați în munca copiilor",
    sr: "Удео и број деце узраста од 5 до 17 година укључене у дечји рад",
  },
};
