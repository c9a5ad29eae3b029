/**
 * Display names of the national variants of the catalogue's concepts, in French, Spanish and
 * Russian. Unverified: our own translations of the catalogue's English names. Keyed
 * "concept/variant", since variant IDs repeat across concepts. English comes from the catalogue.
 */
import type { NamesByLanguageInput } from "@gapmap/core";

export const variantNames: Record<string, NamesByLanguageInput> = {
  "usual-residence/census-six-months-plus-one-day": {
    fr: "La majeure partie des 12 derniers mois (6 mois et un jour)",
    es: "La mayor parte de los últimos 12 meses (6 meses y un día)",
    ru: "Большую часть последних 12 месяцев (6 месяцев и один день)",
  },
  "usual-residence/rs-prebivaliste": {
    fr: "Résidence permanente enregistrée (prebivalište), Serbie",
    es: "Residencia permanente registrada (prebivalište), Serbia",
    ru: "Зарегистрированное постоянное место жительства (пребивалиште), Сербия",
  },
  "usual-residence/ro-domiciliu": {
    fr: "Domicile légal (domiciliu), Roumanie",
    es: "Domicilio legal (domiciliu), Rumanía",
    ru: "Законное место жительства (домичилиу), Румыния",
  },
  "usual-residence/ru-propiska": {
    fr: "Enregistrement au lieu de résidence (propiska), Russie",
    es: "Registro en el lugar de residencia (propiska), Rusia",
    ru: "Регистрация по месту жительства (прописка / регистрация), Россия",
  },
  "international-migrant/foreigners-only": {
    fr: "Seuls les étrangers comptés comme migrants",
    es: "Solo los extranjeros se cuentan como migrantes",
    ru: "Мигрантами считаются только иностранные граждане",
  },
  "international-migrant/registered-moves-only": {
    fr: "Seuls les déménagements enregistrés sont comptés",
    es: "Solo se cuentan los traslados registrados",
    ru: "Учитываются только зарегистрированные переезды",
  },
  "long-term-migrant/ru-place-of-stay-9-months": {
    fr: "Russie depuis 2011, enregistrement au lieu de séjour pour 9 mois ou plus",
    es: "Rusia desde 2011, registro en el lugar de estancia por 9 meses o más",
    ru: "Россия с 2011 года: регистрация по месту пребывания на 9 месяцев и более",
  },
  "long-term-migrant/permanent-residence": {
    fr: "Enregistrement de la résidence permanente ou du domicile",
    es: "Registro de la residencia permanente o del domicilio",
    ru: "Регистрация постоянного места жительства",
  },
  "short-term-migrant/visa-entry-proxy": {
    fr: "Visas ou entrées utilisés comme approximation",
    es: "Visados o entradas usados como aproximación",
    ru: "Визы или въезды как косвенный показатель",
  },
  "temporary-migration/permit-category": {
    fr: "Définie par la catégorie de titre de séjour",
    es: "Definida por la categoría de permiso",
    ru: "Определяется категорией разрешения",
  },
  "circular-migration/seasonal-permit-repeat": {
    fr: "Permis de travail saisonnier répétés",
    es: "Permisos de trabajo de temporada repetidos",
    ru: "Повторные разрешения на сезонную работу",
  },
  "internal-migrant/rs-registered-change-of-residence": {
    fr: "Changements de résidence enregistrés, Serbie (Unutrašnje migracije)",
    es: "Cambios de residencia registrados, Serbia (Unutrašnje migracije)",
    ru: "Зарегистрированные смены места жительства, Сербия (Унутрашнье миграције)",
  },
  "internal-migrant/registered-moves": {
    fr: "Déménagements inscrits à l’état civil ou au registre de la population",
    es: "Traslados inscritos en el registro civil o de población",
    ru: "Переезды, зарегистрированные в гражданском регистре или регистре населения",
  },
  "foreign-born/fr-immigre": {
    fr: "Immigré (INSEE/HCI 1992), France",
    es: "Immigré (INSEE/HCI 1992), Francia",
    ru: "Иммигранты по определению INSEE/HCI 1992, Франция",
  },
  "foreign-born/successor-state-births": {
    fr: "Naissances dans un autre État successeur de l’URSS ou de la Yougoslavie",
    es: "Nacimientos en otro Estado sucesor de la URSS o Yugoslavia",
    ru: "Рождённые в другом государстве — преемнике СССР или Югославии",
  },
  "foreign-citizen/valid-permit-holders": {
    fr: "Titulaires d’un titre de séjour valide",
    es: "Titulares de permisos de residencia válidos",
    ru: "Владельцы действующих видов на жительство",
  },
  "international-migrant-stock/un-desa-citizenship-fallback": {
    fr: "DAES de l’ONU, ressortissants étrangers faute de lieu de naissance",
    es: "DAES de la ONU, ciudadanos extranjeros cuando falta el lugar de nacimiento",
    ru: "ДЭСВ ООН: иностранные граждане, если место рождения неизвестно",
  },
  "international-migrant-stock/citizenship-only-stock": {
    fr: "Stocks selon la seule nationalité (pays de l’ex-URSS et de l’ex-Yougoslavie)",
    es: "Stocks solo por ciudadanía (países de la ex-URSS y la ex-Yugoslavia)",
    ru: "Численность только по гражданству (страны бывших СССР и Югославии)",
  },
  "international-migrant-stock/fr-immigres-stock": {
    fr: "Immigrés au lieu des personnes nées à l’étranger, France",
    es: "Immigrés en lugar de nacidos en el extranjero, Francia",
    ru: "Иммигранты (по INSEE) вместо родившихся за рубежом, Франция",
  },
  "diaspora/citizens-abroad": {
    fr: "Ressortissants vivant à l’étranger",
    es: "Ciudadanos que viven en el extranjero",
    ru: "Граждане, проживающие за рубежом",
  },
  "diaspora/ancestry": {
    fr: "Personnes d’ascendance nationale",
    es: "Personas de ascendencia nacional",
    ru: "Лица соответствующего национального происхождения",
  },
  "diaspora/consular-registration": {
    fr: "Ressortissants inscrits auprès des consulats",
    es: "Nacionales inscritos en los consulados",
    ru: "Граждане, состоящие на консульском учёте",
  },
  "migratory-status/foreign-born-vs-native": {
    fr: "Seulement nés à l’étranger et nés dans le pays",
    es: "Solo nacidos en el extranjero frente a nacidos en el país",
    ru: "Только родившиеся за рубежом и в стране",
  },
  "migratory-status/citizenship-only-status": {
    fr: "Seulement étrangers et nationaux",
    es: "Solo extranjeros frente a nacionales",
    ru: "Только иностранцы и граждане страны",
  },
  "naturalisation/naturalisation-only": {
    fr: "Naturalisation sur demande uniquement",
    es: "Solo naturalización por solicitud",
    ru: "Только натурализация по заявлению",
  },
  "immigration-flow/ro-imigranti-definitivi": {
    fr: "Imigranți definitivi (changement de domicile), Roumanie",
    es: "Imigranți definitivi (cambio de domicilio), Rumanía",
    ru: "Постоянные иммигранты (смена места жительства), Румыния",
  },
  "immigration-flow/ro-imigranti-temporari": {
    fr: "Imigranți temporari (résidence habituelle ≥ 12 mois), Roumanie",
    es: "Imigranți temporari (residencia habitual ≥ 12 meses), Rumanía",
    ru: "Временные иммигранты (обычное проживание ≥ 12 месяцев), Румыния",
  },
  "immigration-flow/ru-place-of-stay-9-months": {
    fr: "Russie depuis 2011, arrivées avec enregistrements au lieu de séjour ≥ 9 mois",
    es: "Rusia desde 2011, llegadas con registros en el lugar de estancia ≥ 9 meses",
    ru: "Россия с 2011 года: прибытия включают регистрацию по месту пребывания ≥ 9 месяцев",
  },
  "immigration-flow/fr-ined-excludes-seasonal": {
    fr: "Flux d’immigration de l’INED hors travailleurs saisonniers, France",
    es: "Flujos de inmigración del INED sin trabajadores de temporada, Francia",
    ru: "Иммиграционные потоки INED без сезонных работников, Франция",
  },
  "immigration-flow/permit-based-inflows": {
    fr: "Premiers titres d’une durée donnée (entrées standardisées de l’OCDE)",
    es: "Primeros permisos de una duración dada (entradas estandarizadas de la OCDE)",
    ru: "Первые разрешения определённого срока (стандартизированные притоки ОЭСР)",
  },
  "emigration-flow/ro-emigranti-definitivi": {
    fr: "Emigranți definitivi (changement de domicile), Roumanie",
    es: "Emigranți definitivi (cambio de domicilio), Rumanía",
    ru: "Постоянные эмигранты (смена места жительства), Румыния",
  },
  "emigration-flow/ro-emigranti-temporari": {
    fr: "Emigranți temporari (résidence habituelle ≥ 12 mois), Roumanie",
    es: "Emigranți temporari (residencia habitual ≥ 12 meses), Rumanía",
    ru: "Временные эмигранты (обычное проживание ≥ 12 месяцев), Румыния",
  },
  "emigration-flow/deregistration-based": {
    fr: "Radiations du registre de la population",
    es: "Bajas del registro de población",
    ru: "Снятие с учёта в регистре населения",
  },
  "emigration-flow/fr-no-direct-count": {
    fr: "Pas de comptage direct de l’émigration, France",
    es: "Sin recuento directo de la emigración, Francia",
    ru: "Нет прямого учёта эмиграции, Франция",
  },
  "net-migration/demographic-residual": {
    fr: "Résidu du bilan démographique",
    es: "Residuo del balance demográfico",
    ru: "Остаток демографического баланса",
  },
  "net-migration/registered-moves-balance": {
    fr: "Solde des arrivées et départs enregistrés",
    es: "Saldo de llegadas y salidas registradas",
    ru: "Сальдо зарегистрированных прибытий и выбытий",
  },
  "return-migrant/previous-residence-abroad": {
    fr: "Résidence antérieure à l’étranger (question du recensement ou de l’EFT)",
    es: "Residencia anterior en el extranjero (pregunta del censo o de la EFT)",
    ru: "Прежнее проживание за рубежом (вопрос переписи или ОРС)",
  },
  "return-migrant/assisted-return-cases": {
    fr: "Cas de retour aidé ou forcé",
    es: "Casos de retorno asistido o forzoso",
    ru: "Случаи добровольного возвращения с помощью или принудительного возвращения",
  },
  "refugee/oau-1969": {
    fr: "Convention de l’OUA de 1969 (Afrique)",
    es: "Convención de la OUA de 1969 (África)",
    ru: "Конвенция ОАЕ 1969 года (Африка)",
  },
  "refugee/cartagena-1984": {
    fr: "Déclaration de Carthagène de 1984 (Amérique latine)",
    es: "Declaración de Cartagena de 1984 (América Latina)",
    ru: "Картахенская декларация 1984 года (Латинская Америка)",
  },
  "refugee/gb-refugee-like-included": {
    fr: "Réfugiés et personnes en situation assimilable (rapport ODD du Royaume-Uni)",
    es: "Refugiados y personas en situación similar (informe ODS del Reino Unido)",
    ru: "Беженцы и лица в схожем положении (отчётность ЦУР Великобритании)",
  },
  "refugee/convention-status-only": {
    fr: "Réfugiés reconnus au titre de la Convention uniquement",
    es: "Solo refugiados reconocidos por la Convención",
    ru: "Только признанные конвенционные беженцы",
  },
  "asylum-seeker/applications": {
    fr: "Demandes comptées, pas les personnes",
    es: "Se cuentan solicitudes, no personas",
    ru: "Учитываются заявления, а не люди",
  },
  "asylum-seeker/first-time-applicants": {
    fr: "Primo-demandeurs uniquement (UE migr_asyappctza)",
    es: "Solo solicitantes por primera vez (UE migr_asyappctza)",
    ru: "Только лица, впервые подавшие заявление (данные ЕС)",
  },
  "asylum-seeker/principal-applicants-only": {
    fr: "Demandeurs principaux uniquement, personnes à charge non comptées",
    es: "Solo solicitantes principales, sin contar dependientes",
    ru: "Только основные заявители, без иждивенцев",
  },
  "idp/assistance-registration": {
    fr: "Inscrits pour une assistance",
    es: "Registrados para recibir asistencia",
    ru: "Зарегистрированные для получения помощи",
  },
  "stateless-person/unknown-citizenship-merged": {
    fr: "Apatrides confondus avec nationalité inconnue",
    es: "Apátridas agrupados con ciudadanía desconocida",
    ru: "Лица без гражданства вместе с лицами с неизвестным гражданством",
  },
  "trafficking-victim/formally-identified-only": {
    fr: "Victimes formellement identifiées uniquement",
    es: "Solo víctimas identificadas formalmente",
    ru: "Только официально выявленные жертвы",
  },
  "trafficking-victim/criminal-cases": {
    fr: "Affaires pénales au lieu des victimes",
    es: "Causas penales en lugar de víctimas",
    ru: "Уголовные дела вместо жертв",
  },
  "irregular-migrant/enforcement-events": {
    fr: "Comptages de contrôle (interpellations, présence irrégulière constatée)",
    es: "Recuentos de control (aprehensiones, presencia irregular detectada)",
    ru: "Данные правоприменения (задержания, выявленное незаконное пребывание)",
  },
  "irregular-migrant/regularisation-applicants": {
    fr: "Demandeurs dans les programmes de régularisation",
    es: "Solicitantes en programas de regularización",
    ru: "Заявители в программах урегулирования статуса",
  },
  "personal-remittances/workers-remittances-bpm5": {
    fr: "«\u00a0Envois de fonds des travailleurs\u00a0» d’avant le MBP6",
    es: "«Remesas de trabajadores» anteriores al MBP6",
    ru: "«Переводы работников» до РПБ6",
  },
  "personal-remittances/formal-channels-only": {
    fr: "Circuits formels uniquement",
    es: "Solo canales formales",
    ru: "Только официальные каналы",
  },
  "personal-remittances/total-remittances": {
    fr: "Total des envois de fonds (prestations sociales comprises)",
    es: "Remesas totales (incluidas las prestaciones sociales)",
    ru: "Общий объём переводов (включая социальные пособия)",
  },
  "personal-transfers/workers-remittances-bpm5": {
    fr: "Envois de fonds des travailleurs (MBP5)",
    es: "Remesas de trabajadores (MBP5)",
    ru: "Переводы работников (РПБ5)",
  },
  "compensation-of-employees/net-only": {
    fr: "Enregistrée nette d’impôts et de frais",
    es: "Registrada neta de impuestos y gastos",
    ru: "Учитывается за вычетом налогов и расходов",
  },
  "migrant-worker/work-permit-holders": {
    fr: "Titulaires d’un permis de travail uniquement",
    es: "Solo titulares de permisos de trabajo",
    ru: "Только владельцы разрешений на работу",
  },
  "migrant-worker/foreign-citizens-in-lfs": {
    fr: "Ressortissants étrangers dans l’enquête sur les forces de travail",
    es: "Ciudadanos extranjeros en la encuesta de fuerza de trabajo",
    ru: "Иностранные граждане в обследовании рабочей силы",
  },
  "migrant-worker/nationals-working-abroad-household-module": {
    fr: "Ressortissants travaillant à l’étranger, selon les questions sur les membres du ménage",
    es: "Nacionales que trabajan en el extranjero, según preguntas sobre miembros del hogar",
    ru: "Граждане, работающие за рубежом, по вопросам о членах домохозяйства",
  },
  "seasonal-worker/permit-scheme": {
    fr: "Défini par un régime de visa ou de permis saisonnier",
    es: "Definido por un régimen de visado o permiso de temporada",
    ru: "Определяется режимом сезонной визы или разрешения",
  },
};
