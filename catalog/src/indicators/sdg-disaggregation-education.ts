import type { IndicatorInput } from "@gapmap/core";

/**
 * Goal 4 (education) indicators proposed for disaggregation by migratory status
 * (2017 UN expert group candidate list, unverified). No public series carries the breakdown.
 */
export const sdgEducationDisaggregationIndicators: IndicatorInput[] = [
  {
    id: "sdg-4-1-1-by-status",
    section: "B.4",
    name: "Children and young people achieving minimum proficiency in reading and mathematics, by migratory status",
    definition:
      "Share of pupils in grades 2–3, at the end of primary and at the end of lower secondary who reach at least a minimum proficiency level in reading and mathematics, compared between migrant and non-migrant pupils (SDG 4.1.1).",
    measure: "share",
    unitFamily: "percent",
    requiredDimensions: ["sex", "education", "migratory-status"],
    sdg: "4.1.1",
    series: [],
    standards: ["sdg-global-framework", "isced-2011"],
    concepts: ["migratory-status"],
    sourceTypes: ["survey", "education-register"],
    themes: ["integration-inclusion"],
    synonyms: {
      en: [
        "minimum proficiency level in reading and mathematics",
        "proportion of children achieving minimum proficiency",
        "learning outcomes of migrant pupils",
        "reading and mathematics proficiency by migratory status",
      ],
      fr: [
        "niveau minimum de compétence en lecture et en mathématiques",
        "élèves atteignant le seuil minimal de compétence",
        "compétences des élèves immigrés",
      ],
      es: [
        "nivel mínimo de competencia en lectura y matemáticas",
        "alumnos que alcanzan el nivel mínimo de competencia",
        "competencia lectora y matemática de alumnos migrantes",
      ],
      ru: [
        "минимальный уровень владения навыками чтения и математики",
        "доля учащихся, достигших минимального уровня владения навыками",
        "успеваемость детей мигрантов",
      ],
      ro: [
        "nivelul minim de competență la citire și matematică",
        "elevi care ating nivelul minim de competență",
        "rezultatele școlare ale elevilor migranți",
      ],
      sr: [
        "minimalni nivo znanja iz čitanja i matematike",
        "učenici koji dostižu minimalni nivo znanja",
        "postignuća učenika migranata",
      ],
      ar: [
        "الحد الأدنى من الكفاءة في القراءة والرياضيات",
        "نسبة الأطفال الذين يحققون الحد الأدنى من الكفاءة",
        "نتائج تعلم التلاميذ المهاجرين",
      ],
    },
  },
  {
    id: "sdg-4-2-2-by-status",
    section: "B.4",
    name: "Participation rate in organised learning one year before primary entry age, by migratory status",
    definition:
      "Share of children one year younger than the official primary entry age who take part in organised learning, compared between migrant and non-migrant children (SDG 4.2.2). Among the least certain items of the 2017 candidate list.",
    measure: "rate",
    unitFamily: "percent",
    requiredDimensions: ["sex", "migratory-status"],
    sdg: "4.2.2",
    series: [],
    standards: ["sdg-global-framework", "isced-2011"],
    concepts: ["migratory-status"],
    sourceTypes: ["education-register", "household-survey", "dhs-mics"],
    themes: ["integration-inclusion"],
    synonyms: {
      en: [
        "participation rate in organized learning one year before primary entry age",
        "participation rate in organised learning",
        "pre-primary participation rate",
        "early childhood education participation of migrant children",
      ],
      fr: [
        "taux de participation à des activités d'apprentissage organisées un an avant l'âge officiel de scolarisation",
        "taux de participation à l'enseignement préprimaire",
        "préscolarisation des enfants migrants",
      ],
      es: [
        "tasa de participación en el aprendizaje organizado un año antes de la edad oficial de ingreso en la enseñanza primaria",
        "tasa de participación en educación preescolar",
        "escolarización preescolar de niños migrantes",
      ],
      ru: [
        "доля детей, участвующих в организованном обучении за один год до официального возраста поступления в начальную школу",
        "охват дошкольным образованием",
        "охват детей мигрантов дошкольным образованием",
      ],
      ro: [
        "rata de participare la învățarea organizată cu un an înainte de vârsta oficială de intrare în învățământul primar",
        "rata de participare la învățământul preșcolar",
        "participarea copiilor migranți la educația timpurie",
      ],
      sr: [
        "stopa učešća u organizovanom učenju godinu dana pre polaska u osnovnu školu",
        {
          text: "stopa učešća u organizovanom učenju godinu dana prije polaska u osnovnu školu",
          variant: "ijekavian",
        },
        "obuhvat predškolskim vaspitanjem",
        "obuhvat pripremnim predškolskim programom",
      ],
      ar: [
        "معدل المشاركة في التعلم المنظم قبل سنة واحدة من السن الرسمية للالتحاق بالتعليم الابتدائي",
        "معدل الالتحاق بالتعليم قبل الابتدائي",
        "مشاركة أطفال المهاجرين في التعليم المبكر",
      ],
    },
  },
  {
    id: "sdg-4-3-1-by-status",
    section: "B.4",
    name: "Participation of youth and adults in formal and non-formal education and training, by migratory status",
    definition:
      "Share of youth and adults who took part in formal or non-formal education or training in the previous 12 months, compared between migrants and non-migrants (SDG 4.3.1).",
    measure: "rate",
    unitFamily: "percent",
    requiredDimensions: ["sex", "age", "migratory-status"],
    sdg: "4.3.1",
    series: [],
    standards: ["sdg-global-framework", "isced-2011"],
    concepts: ["migratory-status"],
    sourceTypes: ["lfs", "household-survey"],
    themes: ["integration-inclusion"],
    synonyms: {
      en: [
        "participation rate of youth and adults in formal and non-formal education and training",
        "adult learning participation rate",
        "participation in education and training in the last 12 months",
        "lifelong learning by migratory status",
      ],
      fr: [
        "taux de participation des jeunes et des adultes à un programme d'éducation et de formation",
        "participation à la formation tout au long de la vie",
        "formation des adultes selon le statut migratoire",
      ],
      es: [
        "tasa de participación de jóvenes y adultos en la enseñanza y formación académica y no académica",
        "participación en educación y formación en los últimos 12 meses",
        "aprendizaje permanente de los migrantes",
      ],
      ru: [
        "доля молодежи и взрослых, участвующих в формальном и неформальном образовании и профессиональной подготовке",
        "участие взрослых в обучении",
        "непрерывное образование мигрантов",
      ],
      ro: [
        "rata de participare a tinerilor și adulților la educație și formare formală și non-formală",
        "participarea adulților la învățare",
        "învățarea pe tot parcursul vieții",
      ],
      sr: [
        "stopa učešća mladih i odraslih u formalnom i neformalnom obrazovanju i obuci",
        "učešće odraslih u obrazovanju",
        "celoživotno učenje",
        { text: "cjeloživotno učenje", variant: "ijekavian" },
      ],
      ar: [
        "معدل مشاركة الشباب والبالغين في التعليم والتدريب النظامي وغير النظامي",
        "مشاركة البالغين في التعلم",
        "التعلم مدى الحياة",
      ],
    },
  },
  {
    id: "sdg-4-5-1-by-status",
    section: "B.4",
    name: "Parity indices for education indicators, migrants versus non-migrants",
    definition:
      "Ratio of the value of an education indicator for migrants to its value for non-migrants (1 means parity), one of the breakdowns SDG 4.5.1 asks for as data become available.",
    measure: "score",
    unitFamily: "index",
    requiredDimensions: ["education", "migratory-status"],
    sdg: "4.5.1",
    series: [],
    standards: ["sdg-global-framework", "isced-2011"],
    concepts: ["migratory-status"],
    sourceTypes: ["education-register", "census", "household-survey", "ipums"],
    themes: ["integration-inclusion"],
    synonyms: {
      en: [
        "parity indices for education indicators",
        "migrant/non-migrant parity index",
        "education parity index by migratory status",
        "parity index",
      ],
      fr: [
        "indices de parité",
        "indice de parité migrants/non-migrants",
        "indice de parité en éducation",
      ],
      es: [
        "índices de paridad",
        "índice de paridad migrantes/no migrantes",
        "índice de paridad en educación",
      ],
      ru: [
        "индексы паритета",
        "индекс паритета мигрантов и немигрантов",
        "индекс паритета в сфере образования",
      ],
      ro: [
        "indici de paritate",
        "indicele de paritate migranți/non-migranți",
        "indicele de paritate în educație",
      ],
      sr: [
        "indeksi pariteta",
        "indeks pariteta migranata i nemigranata",
        "indeks pariteta u obrazovanju",
      ],
      ar: [
        "مؤشرات التكافؤ",
        "مؤشر التكافؤ بين المهاجرين وغير المهاجرين",
        "مؤشر التكافؤ في التعليم",
      ],
    },
  },
  {
    id: "sdg-4-6-1-by-status",
    section: "B.4",
    name: "Population achieving a fixed level of proficiency in functional literacy and numeracy, by migratory status",
    definition:
      "Share of a given age group reaching at least a fixed level of proficiency in functional literacy and numeracy, compared between migrants and non-migrants (SDG 4.6.1).",
    measure: "share",
    unitFamily: "percent",
    requiredDimensions: ["sex", "age", "migratory-status"],
    sdg: "4.6.1",
    series: [],
    standards: ["sdg-global-framework"],
    concepts: ["migratory-status"],
    sourceTypes: ["household-survey", "census"],
    themes: ["integration-inclusion"],
    synonyms: {
      en: [
        "proficiency in functional literacy and numeracy",
        "literacy rate by migratory status",
        "adult literacy of migrants",
        "functional literacy",
      ],
      fr: [
        "maîtrise fonctionnelle de la lecture, de l'écriture et du calcul",
        "taux d'alphabétisation",
        "compétences en littératie et en numératie",
      ],
      es: [
        "competencia en alfabetización y aritmética funcionales",
        "tasa de alfabetización",
        "alfabetización funcional",
      ],
      ru: [
        "функциональная грамотность и навыки счета",
        "уровень грамотности",
        "грамотность взрослого населения",
      ],
      ro: [
        "competențe funcționale de citire, scriere și calcul",
        "rata alfabetizării",
        "alfabetizare funcțională",
      ],
      sr: ["funkcionalna pismenost i računanje", "stopa pismenosti", "pismenost odraslih"],
      ar: [
        "الكفاءة في القراءة والكتابة والحساب الوظيفي",
        "معدل الإلمام بالقراءة والكتابة",
        "محو الأمية الوظيفي",
      ],
    },
  },
];
