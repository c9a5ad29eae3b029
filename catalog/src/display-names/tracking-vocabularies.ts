/**
 * Display names of the TWG's tracking: request states, the guidance note's process stages and
 * steps, and step statuses. Unverified: our own translations of the English names (the
 * guidance note is published in English and French only).
 */
import type { NamesByLanguageInput } from "@gapmap/core";
import { actionStatusNames } from "./gap-vocabularies";

type Names = Record<string, NamesByLanguageInput>;

export const requestStateNames: Names = {
  "not-requested": {
    en: "Not requested",
    fr: "Non demandé",
    es: "No solicitado",
    ru: "Не запрошено",
    ar: "لم يُطلب",
    ro: "Nesolicitat",
    sr: "Није затражено",
  },
  requested: {
    en: "Requested",
    fr: "Demandé",
    es: "Solicitado",
    ru: "Запрошено",
    ar: "تم الطلب",
    ro: "Solicitat",
    sr: "Затражено",
  },
  received: {
    en: "Received",
    fr: "Reçu",
    es: "Recibido",
    ru: "Получено",
    ar: "تم الاستلام",
    ro: "Primit",
    sr: "Примљено",
  },
  validated: {
    en: "Validated",
    fr: "Validé",
    es: "Validado",
    ru: "Валидировано",
    ar: "تم التحقق",
    ro: "Validat",
    sr: "Валидирано",
  },
  questions: {
    en: "Returned with questions",
    fr: "Renvoyé avec des questions",
    es: "Devuelto con preguntas",
    ru: "Возвращено с вопросами",
    ar: "أُعيد مع أسئلة",
    ro: "Returnat cu întrebări",
    sr: "Враћено са питањима",
  },
};

export const processStageNames: Names = {
  framework: {
    en: "Framework setting",
    fr: "Définition du cadre",
    es: "Establecimiento del marco",
    ru: "Определение рамок",
    ar: "وضع الإطار",
    ro: "Stabilirea cadrului",
    sr: "Утврђивање оквира",
  },
  implementation: {
    en: "Implementation",
    fr: "Mise en œuvre",
    es: "Ejecución",
    ru: "Реализация",
    ar: "التنفيذ",
    ro: "Implementare",
    sr: "Спровођење",
  },
  launch: {
    en: "Launch and follow-up",
    fr: "Lancement et suivi",
    es: "Presentación y seguimiento",
    ru: "Презентация и последующая деятельность",
    ar: "الإطلاق والمتابعة",
    ro: "Lansare și monitorizare",
    sr: "Представљање и праћење",
  },
};

export const processStepNames: Names = {
  "support-resources": {
    en: "Support and resources",
    fr: "Soutien et ressources",
    es: "Apoyo y recursos",
    ru: "Поддержка и ресурсы",
    ar: "الدعم والموارد",
    ro: "Sprijin și resurse",
    sr: "Подршка и ресурси",
  },
  "goals-objectives": {
    en: "Goals and objectives",
    fr: "Buts et objectifs",
    es: "Metas y objetivos",
    ru: "Цели и задачи",
    ar: "الغايات والأهداف",
    ro: "Scopuri și obiective",
    sr: "Циљеви и задаци",
  },
  relevance: {
    en: "Relevance",
    fr: "Pertinence",
    es: "Pertinencia",
    ru: "Актуальность",
    ar: "الأهمية",
    ro: "Relevanță",
    sr: "Релевантност",
  },
  stakeholders: {
    en: "Stakeholders",
    fr: "Parties prenantes",
    es: "Partes interesadas",
    ru: "Заинтересованные стороны",
    ar: "أصحاب المصلحة",
    ro: "Părți interesate",
    sr: "Заинтересоване стране",
  },
  "coordination-platform": {
    en: "Coordination platform",
    fr: "Plateforme de coordination",
    es: "Plataforma de coordinación",
    ru: "Координационная платформа",
    ar: "منصة التنسيق",
    ro: "Platformă de coordonare",
    sr: "Платформа за координацију",
  },
  "operational-framework": {
    en: "Operational framework",
    fr: "Cadre opérationnel",
    es: "Marco operativo",
    ru: "Операционные рамки",
    ar: "الإطار التشغيلي",
    ro: "Cadru operațional",
    sr: "Оперативни оквир",
  },
  "expert-team": {
    en: "Expert team",
    fr: "Équipe d’experts",
    es: "Equipo de expertos",
    ru: "Группа экспертов",
    ar: "فريق الخبراء",
    ro: "Echipa de experți",
    sr: "Стручни тим",
  },
  "existing-evidence": {
    en: "Existing evidence",
    fr: "Données existantes",
    es: "Datos existentes",
    ru: "Имеющиеся данные",
    ar: "الأدلة المتاحة",
    ro: "Date existente",
    sr: "Постојећи подаци",
  },
  "new-evidence": {
    en: "New evidence",
    fr: "Nouvelles données",
    es: "Nuevos datos",
    ru: "Новые данные",
    ar: "أدلة جديدة",
    ro: "Date noi",
    sr: "Нови подаци",
  },
  "verify-adjust": {
    en: {
      text: "Verify preliminary progress and adjust the template",
      short: "Verify progress, adjust template",
    },
    fr: {
      text: "Vérifier les progrès préliminaires et ajuster le modèle",
      short: "Vérifier, ajuster le modèle",
    },
    es: {
      text: "Verificar el avance preliminar y ajustar la plantilla",
      short: "Verificar, ajustar la plantilla",
    },
    ru: {
      text: "Проверка предварительных результатов и корректировка шаблона",
      short: "Проверка, корректировка шаблона",
    },
    ar: "التحقق من التقدم الأولي وتعديل النموذج",
    ro: {
      text: "Verificarea progresului preliminar și ajustarea șablonului",
      short: "Verificare, ajustarea șablonului",
    },
    sr: {
      text: "Провера прелиминарног напретка и прилагођавање шаблона",
      short: "Провера, прилагођавање шаблона",
    },
  },
  "analyse-draft": {
    en: "Analyse and draft",
    fr: "Analyse et rédaction",
    es: "Análisis y redacción",
    ru: "Анализ и подготовка проекта",
    ar: "التحليل والصياغة",
    ro: "Analiză și redactare",
    sr: "Анализа и израда нацрта",
  },
  validation: {
    en: "Validation of content",
    fr: "Validation du contenu",
    es: "Validación del contenido",
    ru: "Валидация содержания",
    ar: "التحقق من صحة المحتوى",
    ro: "Validarea conținutului",
    sr: "Валидација садржаја",
  },
  "apply-findings": {
    en: "Apply findings to policy",
    fr: "Appliquer les résultats aux politiques",
    es: "Aplicar los resultados a las políticas",
    ru: "Применение выводов в политике",
    ar: "تطبيق النتائج على السياسات",
    ro: "Aplicarea constatărilor în politici",
    sr: "Примена налаза у политикама",
  },
  "evidence-based-policy": {
    en: "Towards evidence-based policy making",
    fr: "Vers des politiques fondées sur des données probantes",
    es: "Hacia políticas basadas en datos empíricos",
    ru: "К политике, основанной на фактических данных",
    ar: "نحو سياسات قائمة على الأدلة",
    ro: "Către politici bazate pe dovezi",
    sr: "Ка политикама заснованим на доказима",
  },
  sustainability: {
    en: "Sustainability",
    fr: "Durabilité",
    es: "Sostenibilidad",
    ru: "Устойчивость",
    ar: "الاستدامة",
    ro: "Sustenabilitate",
    sr: "Одрживост",
  },
};

/** Step statuses agree with "step" (feminine in FR, ES, RO), as action statuses do. */
export const processStatusNames: Names = {
  "not-started": {
    en: "Not started",
    fr: "Non commencée",
    es: "No iniciada",
    ru: "Не начато",
    ar: "لم يبدأ",
    ro: "Neîncepută",
    sr: "Није започето",
  },
  "in-progress": actionStatusNames["in-progress"] ?? {},
  done: actionStatusNames.done ?? {},
};
