/** Display names of the regular flow indicators (Part A). English is the indicator's `name`. */
import type { NamesByLanguageInput } from "@gapmap/core";

export const flowIndicatorNames: Record<string, NamesByLanguageInput> = {
  "flow-immigration": {
    en: {
      text: "Immigration flow: persons establishing usual residence in the country",
      short: "Immigration flow",
    },
    fr: {
      text: "Flux d’immigration\u00a0: personnes établissant leur résidence habituelle dans le pays",
      short: "Flux d’immigration",
    },
    es: {
      text: "Flujo de inmigración: personas que establecen su residencia habitual en el país",
      short: "Flujo de inmigración",
    },
    ru: {
      text: "Иммиграционный поток: лица, установившие обычное место жительства в стране",
      short: "Иммиграционный поток",
    },
    ar: "تدفق الهجرة الوافدة: الأشخاص الذين يتخذون مكان إقامتهم المعتادة في البلد",
    ro: "Fluxul de imigrație: persoane care își stabilesc reședința obișnuită în țară",
    sr: "Имиграциони ток: лица која заснивају уобичајено место становања у земљи",
  },
  "flow-emigration": {
    en: {
      text: "Emigration flow: persons giving up usual residence in the country",
      short: "Emigration flow",
    },
    fr: {
      text: "Flux d’émigration\u00a0: personnes quittant leur résidence habituelle dans le pays",
      short: "Flux d’émigration",
    },
    es: {
      text: "Flujo de emigración: personas que dejan su residencia habitual en el país",
      short: "Flujo de emigración",
    },
    ru: {
      text: "Эмиграционный поток: лица, выбывшие с обычного места жительства в стране",
      short: "Эмиграционный поток",
    },
    ar: "تدفق الهجرة إلى الخارج: الأشخاص الذين يتخلّون عن مكان إقامتهم المعتادة في البلد",
    ro: "Fluxul de emigrație: persoane care renunță la reședința obișnuită în țară",
    sr: "Емиграциони ток: лица која напуштају уобичајено место становања у земљи",
  },
  "flow-net-migration": {
    fr: "Solde migratoire (nombre ou taux)",
    es: "Saldo migratorio (número o tasa)",
    ru: "Миграционный прирост (число или коэффициент)",
    ar: "صافي الهجرة (العدد أو المعدل)",
    ro: "Soldul migrației (număr sau rată)",
    sr: "Миграциони салдо (број или стопа)",
  },
  "flow-internal-migration": {
    en: {
      text: "Internal migration: changes of residence between regions of the country",
      short: "Internal migration",
    },
    fr: {
      text: "Migrations internes\u00a0: changements de résidence entre régions du pays",
      short: "Migrations internes",
    },
    es: {
      text: "Migración interna: cambios de residencia entre regiones del país",
      short: "Migración interna",
    },
    ru: {
      text: "Внутренняя миграция: смена места жительства между регионами страны",
      short: "Внутренняя миграция",
    },
    ar: "الهجرة الداخلية: تغيير مكان الإقامة بين مناطق البلد",
    ro: "Migrația internă: schimbări de reședință între regiunile țării",
    sr: "Унутрашње миграције: промене места становања између региона земље",
  },
  "flow-work-permits": {
    fr: "Autorisations de travail délivrées aux travailleurs étrangers",
    es: "Permisos de trabajo concedidos a trabajadores extranjeros",
    ru: "Разрешения на работу, выданные иностранным работникам",
    ar: "تصاريح العمل الصادرة للعمال الأجانب",
    ro: "Permise de muncă eliberate lucrătorilor străini",
    sr: "Радне дозволе издате страним радницима",
  },
  "flow-residence-permits": {
    en: {
      text: "First residence permits issued, by reason (work, family, study, protection)",
      short: "First residence permits issued, by reason",
    },
    fr: {
      text: "Premiers titres de séjour délivrés, par motif (travail, famille, études, protection)",
      short: "Premiers titres de séjour délivrés, par motif",
    },
    es: {
      text: "Primeros permisos de residencia concedidos, por motivo (trabajo, familia, estudios, protección)",
      short: "Primeros permisos de residencia, por motivo",
    },
    ru: {
      text: "Впервые выданные разрешения на проживание по основаниям (работа, семья, учёба, защита)",
      short: "Впервые выданные разрешения на проживание",
    },
    ar: "تصاريح الإقامة الأولى الصادرة، بحسب السبب (العمل، الأسرة، الدراسة، الحماية)",
    ro: "Primele permise de ședere eliberate, pe motive (muncă, familie, studii, protecție)",
    sr: "Прве издате дозволе боравка, по основу (рад, породица, студије, заштита)",
  },
  "flow-family-reunification": {
    fr: "Titres de séjour délivrés pour regroupement familial",
    es: "Permisos de reagrupación familiar concedidos",
    ru: "Разрешения, выданные для воссоединения семей",
    ar: "تصاريح لمّ شمل الأسرة الصادرة",
    ro: "Permise eliberate pentru reîntregirea familiei",
    sr: "Издате дозволе за спајање породице",
  },
  "flow-visas": {
    fr: "Visas délivrés",
    es: "Visados expedidos",
    ru: "Выданные визы",
    ar: "التأشيرات الصادرة",
    ro: "Vize eliberate",
    sr: "Издате визе",
  },
  "flow-naturalisations": {
    fr: "Acquisitions de la nationalité (naturalisations)",
    es: "Adquisiciones de la nacionalidad (naturalizaciones)",
    ru: "Приобретение гражданства (приём в гражданство)",
    ar: "اكتساب الجنسية (التجنّس)",
    ro: "Dobândiri ale cetățeniei (naturalizări)",
    sr: "Стицање држављанства (пријем у држављанство)",
  },
  "flow-return": {
    fr: "Migration de retour des ressortissants depuis l’étranger",
    es: "Migración de retorno de nacionales desde el exterior",
    ru: "Возвратная миграция граждан из-за рубежа",
    ar: "الهجرة العائدة للمواطنين من الخارج",
    ro: "Migrația de revenire a cetățenilor din străinătate",
    sr: "Повратне миграције држављана из иностранства",
  },
  "flow-assisted-return": {
    fr: "Cas d’aide au retour volontaire et à la réintégration (AVRR)",
    es: "Casos de retorno voluntario asistido y reintegración (RVAR)",
    ru: "Случаи содействия добровольному возвращению и реинтеграции (AVRR)",
    ar: "حالات العودة الطوعية المساعَدة وإعادة الإدماج",
    ro: "Cazuri de returnare voluntară asistată și reintegrare (AVRR)",
    sr: "Потпомогнути добровољни повратак и реинтеграција (број случајева)",
  },
  "flow-circular": {
    fr: "Migration circulaire et saisonnière",
    es: "Migración circular y estacional",
    ru: "Циркулярная и сезонная миграция",
    ar: "الهجرة الدائرية والموسمية",
    ro: "Migrația circulară și sezonieră",
    sr: "Циркуларне и сезонске миграције",
  },
  "flow-labour-emigration": {
    en: {
      text: "Labour emigration: nationals departing or deployed for work abroad",
      short: "Labour emigration",
    },
    fr: {
      text: "Émigration de travail\u00a0: ressortissants partant travailler à l’étranger",
      short: "Émigration de travail",
    },
    es: {
      text: "Emigración laboral: nacionales que salen o son enviados a trabajar al extranjero",
      short: "Emigración laboral",
    },
    ru: {
      text: "Трудовая эмиграция: граждане, выезжающие или направляемые на работу за рубеж",
      short: "Трудовая эмиграция",
    },
    ar: "هجرة العمالة إلى الخارج: المواطنون المغادرون أو الموفَدون للعمل في الخارج",
    ro: "Emigrația pentru muncă: cetățeni care pleacă sau sunt detașați la muncă în străinătate",
    sr: "Радна емиграција: држављани који одлазе или су упућени на рад у иностранство",
  },
  "flow-outbound-students": {
    en: {
      text: "Nationals studying abroad (outbound internationally mobile tertiary students)",
      short: "Nationals studying abroad",
    },
    fr: {
      text: "Ressortissants étudiant à l’étranger (étudiants de l’enseignement supérieur en mobilité sortante)",
      short: "Ressortissants étudiant à l’étranger",
    },
    es: {
      text: "Nacionales que estudian en el extranjero (estudiantes de educación terciaria con movilidad saliente)",
      short: "Nacionales que estudian en el extranjero",
    },
    ru: {
      text: "Граждане, обучающиеся за рубежом (студенты высшего образования, выезжающие на учёбу)",
      short: "Граждане, обучающиеся за рубежом",
    },
    ar: "المواطنون الذين يدرسون في الخارج (طلاب التعليم العالي المتنقلون دولياً إلى الخارج)",
    ro: "Cetățeni care studiază în străinătate (studenți din învățământul terțiar în mobilitate de ieșire)",
    sr: "Држављани који студирају у иностранству (студенти у одлазној међународној мобилности)",
  },
};
