import type { Language, TermInput } from "@gapmap/core";
import { SDG_TITLE_SOURCE } from "../display-names/sources";
import type { ExtraTerms } from "./extra-terms";

/*
 * The official UN SDG indicator titles of the migration indicators in the UN languages the
 * catalogue has (en, fr, es, ru, ar) and Romanian, word for word as open-sdg/sdg-translations keeps
 * them (display-names/sources.ts: line breaks read as spaces, Unicode NFC). A page or a table title
 * that quotes the title names the indicator. Serbian titles are not in that repository, nor
 * anywhere the search tools reach; its Montenegrin (cnr) titles are kept as the ijekavian
 * variant of the catalogue's Serbian, with their own source.
 * 8.5.2 names the unemployment rate of the whole population, so its title goes to the context
 * indicator, not to the migrants' rate. Left out on purpose: the titles of the other indicators
 * that count everyone and that the catalogue keeps "by migratory status" (1.1.1, 1.2.1, 1.3.1,
 * 2.1.x, 3.x, 4.x, 5.2.1, 8.3.1, 8.5.1, 8.6.1, 8.10.2, 10.3.1, 11.1.1, 16.1.3, 16.9.1): a table
 * under the global title is no migration table, as with their series codes (sdg-series-codes.ts).
 */

const CNR_SOURCE = "UN SDG indicator titles (CNR, Montenegrin), open-sdg/sdg-translations 0cda5858";

type TitleLanguage = keyof typeof SDG_TITLE_SOURCE;
type Titles = Record<TitleLanguage, string> & { cnr: string };

/** One indicator's official titles, each verified against its language's file. */
function titles(byLanguage: Titles): Partial<Record<Language, TermInput[]>> {
  const out: Partial<Record<Language, TermInput[]>> = {};
  for (const lang of Object.keys(SDG_TITLE_SOURCE) as TitleLanguage[])
    out[lang] = [{ text: byLanguage[lang], verified: true, source: SDG_TITLE_SOURCE[lang] }];
  out.sr = [{ text: byLanguage.cnr, verified: true, source: CNR_SOURCE, variant: "ijekavian" }];
  return out;
}

export const sdgTitleTerms: ExtraTerms = {
  // SDG 10.7.2
  "gov-migration-policy": titles({
    en: "Number of countries with migration policies that facilitate orderly, safe, regular and responsible migration and mobility of people",
    fr: "Nombre de pays dotés de politiques migratoires qui facilitent la migration et la mobilité de façon ordonnée, sûre, régulière et responsible",
    es: "Número de países que han aplicado políticas migratorias bien gestionadas que facilitan la migración y la movilidad ordenadas, seguras, regulares y responsables de las personas",
    ru: "Число стран, проводящих миграционную политику, способствующую упорядоченной, безопасной, законной и ответственной миграции и мобильности людей",
    ar: "عدد البلدان التي اعتمدت سياسات للهجرة تيسّر الهجرة وتنقل الأشخاص على نحو منظم وآمن ومنتظم ومتسم بالمسؤولية",
    ro: "Numărul de țări cu politici de migrație care facilitează o migrație și o mobilitate a persoanelor ordonată, sigură, regulată și responsabilă",
    cnr: "Broj zemalja sa migracionim politikama koje omogućavaju urednu, sigurnu, redovnu i odgovornu migraciju i mobilnost ljudi",
  }),
  // SDG 10.7.4
  "stock-refugees-abroad": titles({
    en: "Proportion of the population who are refugees, by country of origin",
    fr: "Proportion de réfugiés dans la population, par pays d’origine",
    es: "Proporción de la población integrada por refugiados, desglosada por país de origen",
    ru: "Доля беженцев от общей численности населения в разбивке по стране происхождения",
    ar: "نسبة السكان اللاجئين، بحسب البلد الأصلي",
    ro: "Proporția de refugiați în rândul populației, în funcție de țara de origine",
    cnr: "Procenat stanovništva koji su izbjeglice, prema zemlji porijekla",
  }),
  // SDG 10.c.1
  "remit-cost": titles({
    en: "Remittance costs as a proportion of the amount remitted",
    fr: "Coûts des envois de fonds en proportion du montant transféré",
    es: "Costo de las remesas en proporción a las sumas remitidas",
    ru: "Стоимость перевода в процентном отношении к переводимой сумме",
    ar: "تكاليف التحويلات المالية كنسبة من المبالغ المحولة",
    ro: "Costurile de remitere ca proporție din suma trimisă",
    cnr: "Troškovi doznake kao proporcija doznačenog iznosa",
  }),
  // SDG 17.3.2
  "remit-inflow-gdp": titles({
    en: "Volume of remittances (in United States dollars) as a proportion of total GDP",
    fr: "Volume des envois de fonds de travailleurs migrants (en dollars des États‐Unis) en proportion du PIB total",
    es: "Volumen de remesas (en dólares de los Estados Unidos) en proporción al PIB total",
    ru: "Доля денежных переводов (в долларах США) в совокупном ВВП",
    ar: "حجم التحويلات المالية (بدولارات الولايات المتحدة) كنسبة من مجموع الناتج المحلي الإجمالي",
    ro: "Volumul remitențelor (în dolari SUA) ca proporție din PIB-ul total",
    cnr: "Obim doznaka (u američkim dolarima) kao proporcija ukupnog BDP-a",
  }),
  // SDG 10.7.1
  "labour-recruitment-cost": titles({
    en: "Recruitment cost borne by employee as a proportion of monthly income earned in country of destination",
    fr: "Dépenses de recrutement à la charge du salarié en proportion de son revenu mensuel dans le pays de destination",
    es: "Costo de la contratación sufragado por el empleado en proporción a los ingresos mensuales percibidos en el país de destino",
    ru: "Затраты работника на трудоустройство в процентах от его месячного дохода в стране назначения",
    ar: "تكاليف الاستقدام التي يتحملها الموظف كنسبة من الدخل الشهري في بلد المقصد",
    ro: "Costul de recrutare suportat de angajat ca proporție din venitul lunar obținut în țara de destinație",
    cnr: "Troškovi zapošljavanja koje snosi zaposleni kao proporcija mjesečnog prihoda zarađenog u zemlji odredišta",
  }),
  // SDG 10.7.3
  "flow-missing-migrants": titles({
    en: "Number of people who died or disappeared in the process of migration towards an international destination",
    fr: "Nombre de personnes décédées ou disparues lors de la migration vers une destination internationale",
    es: "Número de personas que murieron o desaparecieron en el proceso de migración hacia un destino internacional",
    ru: "Количество людей, погибших или исчезнувших в процессе миграции в направлении международного назначения",
    ar: "عدد الأشخاص الذين لقوا حتفهم أو اختفوا أثناء عملية الهجرة إلى وجهة دولية",
    ro: "Numărul de persoane care au murit sau au dispărut în procesul de migrație spre o destinație internațională",
    cnr: "Broj ljudi koji su umrli ili nestali u procesu migracije prema međunarodnoj destinaciji",
  }),
  // SDG 16.2.2
  "flow-trafficking-victims": titles({
    en: "Number of victims of human trafficking per 100,000 population, by sex, age and form of exploitation",
    fr: "Nombre de victimes de la traite d’êtres humains pour 100 000 habitants, par sexe, âge et forme d’exploitation",
    es: "Número de víctimas de la trata de personas por cada 100.000 habitantes, desglosado por sexo, edad y tipo de explotación",
    ru: "Число жертв торговли людьми на 100 000 человек в разбивке по полу, возрасту и форме эксплуатации",
    ar: "عدد ضحايا الاتجار بالبشر لكل 000 100 نسمة، بحسب الجنس والعمر وشكل الاستغلال",
    ro: "Numărul de victime ale traficului de persoane la 100 000 de locuitori, pe sexe, vârste și forme de exploatare",
    cnr: "Broj žrtava trgovine ljudima na 100 000 stanovnika, prema polu, starosti i obliku eksploatacije",
  }),
  // SDG 8.8.1
  "labour-occupational-injuries": titles({
    en: "Fatal and non-fatal occupational injuries per 100,000 workers, by sex and migrant status",
    fr: "Nombre d’accidents du travail mortels et non mortels par 100 000 travailleurs, par sexe et statut au regard de l’immigration",
    es: "Lesiones ocupacionales mortales y no mortales por cada 100.000 trabajadores, desglosadas por sexo y estatus migratorio",
    ru: "Производственный травматизм со смертельным и несмертельным исходом в разбивке по полу и миграционному статусу",
    ar: "إصابات العمل المميتة وغير المميتة لكل 000 100 عامل، بحسب الجنس ووضع المهاجرين",
    ro: "Accidente de muncă mortale și non mortale la 100.000 de lucrători, pe sexe și statut de migrant",
    cnr: "Fatalne i nefatalne povrede na radu na 100 000 radnika, prema polu i migrantskom statusu",
  }),
  // SDG 8.8.2
  "labour-rights-compliance": titles({
    en: "Level of national compliance with labour rights (freedom of association and collective bargaining) based on International Labour Organization (ILO) textual sources and national legislation, by sex and migrant status",
    fr: "Niveau de respect des droits du travail (liberté d’association et droit de négociation collective) au niveau national, eu égard aux textes de l’Organisation internationale du Travail (OIT) et à la législation nationale, par sexe et statut migratoire",
    es: "Nivel de cumplimiento nacional de los derechos laborales (libertad de asociación y negociación colectiva) con arreglo a las fuentes textuales de la Organización Internacional del Trabajo (OIT) y la legislación interna, desglosado por sexo y estatus migratorio",
    ru: "Уровень соблюдения государством трудовых прав (свободы объединений и заключения коллективных трудовых договоров) на основе документальных источников Международной организации труда (МОТ) и национального законодательства в разбивке по полу и миграционному статусу",
    ar: "مستوى امتثال البلدان لحقوق العمل (حرية تكوين الجمعيات والمفاوضة الجماعية) استناداً إلى نصوص منظمة العمل الدولية والتشريعات الوطنية، بحسب الجنس ووضع المهاجرين",
    ro: "Nivelul de respectare la nivel național a drepturilor muncii (libertatea de asociere și de negociere colectivă) pe baza surselor textuale ale Organizației Internaționale a Muncii (OIM) și a legislației naționale, pe sexe și statut de migrant",
    cnr: "Nivo nacionalnog poštovanja radnih prava (sloboda udruživanja i kolektivno pregovaranje) na osnovu tekstualnih izvora Međunarodne organizacije rada (ILO) i nacionalnog zakonodavstva, prema polu i statusu migranata",
  }),
  // SDG 8.7.1
  "labour-child-labour": titles({
    en: "Proportion and number of children aged 5–17 years engaged in child labour, by sex and age",
    fr: "Proportion et nombre d’enfants âgés de 5 à 17 ans qui travaillent, par sexe et âge",
    es: "Proporción y número de niños de entre 5 y 17 años que realizan trabajo infantil, desglosados por sexo y edad",
    ru: "Доля и число детей в возрасте от 5 до 17 лет, занятых детским трудом, в разбивке по полу и возрасту",
    ar: "نسبة الأطفال الذين تتراوح أعمارهم بين 5 سنوات و 17 سنة والمنخرطين في سوق عمل الأطفال وعددهم، بحسب الجنس والعمر",
    ro: "Proporția și numărul de copii cu vârsta cuprinsă între 5 și 17 ani implicați în munca copiilor, pe sexe și vârste",
    cnr: "Udio i broj djece uzrasta 5–17 godina angažovane na dječijem radu, po polu i starosti",
  }),
  // SDG 4.b.1
  "edu-scholarships-oda": titles({
    en: "Volume of official development assistance flows for scholarships by sector and type of study",
    fr: "Volume de l’aide publique au développement consacrée aux bourses d’études, par secteur et type de formation",
    es: "Volumen de la asistencia oficial para el desarrollo destinada a becas, desglosado por sector y tipo de estudio",
    ru: "Объем официальной помощи в целях развития, направляемой на выплату стипендий, в разбивке по отраслям и видам обучения",
    ar: "حجم تدفقات المساعدة الإنمائية الرسمية لتقديم المنح الدراسية، بحسب القطاع ونوع الدراسة",
    ro: "Volumul fluxurilor de asistență oficială pentru dezvoltare pentru burse, pe sectoare și tipuri de studii",
    cnr: "Obim tokova zvanične razvojne pomoći za stipendije po sektoru i vrsti studija",
  }),
  // SDG 17.19.2
  "ctx-census-recency": titles({
    en: "Proportion of countries that (a) have conducted at least one population and housing census in the last 10 years; and (b) have achieved 100 per cent birth registration and 80 per cent death registration",
    fr: "Proportion de pays qui a) ont procédé à au moins un recensement de la population et du logement au cours des 10 dernières années, et b) ont atteint un taux d’enregistrement des naissances de 100 pour cent et un taux d’enregistrement des décès de 80 pour cent",
    es: "Proporción de países que a) han realizado al menos un censo de población y vivienda en los últimos diez años; y b) han registrado el 100% de los nacimientos y el 80% de las defunciones",
    ru: "Доля стран, которые a) провели хотя бы одну перепись населения и жилищного фонда в течение последних 10 лет; и b) достигли цели регистрации рождений в 100 процентах случаев и регистрации смерти в 80 процентах случаев",
    ar: "نسبة البلدان التي (أ) أجرت تعداداً واحداً على الأقل للسكان والمساكن في السنوات العشر الماضية؛ و (ب) حققت نسبة 100 في المائة في تسجيل المواليد ونسبة 80 في المائة في تسجيل الوفيات",
    ro: "Proporția de țări care (a) au efectuat cel puțin un recensământ al populației și locuințelor în ultimii 10 ani; și (b) au înregistrat 100 % din nașteri și 80 % din decese.",
    cnr: "Udio zemalja koje su (a) izvršile najmanje jedan popis stanovništva i stambenog fonda u posljednjih 10 godina; i (b) ostvarili 100 posto upisa rođenih i 80 posto upisa umrlih",
  }),
  // SDG 8.5.2
  "ctx-unemployment-rate": titles({
    en: "Unemployment rate, by sex, age and persons with disabilities",
    fr: "Taux de chômage, par sexe, âge et situation au regard du handicap",
    es: "Tasa de desempleo, desglosada por sexo, edad y personas con discapacidad",
    ru: "Уровень безработицы в разбивке по полу, возрасту и признаку инвалидности",
    ar: "معدل البطالة، بحسب الجنس والعمر والأشخاص ذوي الإعاقة",
    ro: "Rata șomajului, pe sexe, vârste și persoane cu dizabilități",
    cnr: "Stopa nezaposlenosti, prema polu, starosti i osobama sa invaliditetom",
  }),
};
