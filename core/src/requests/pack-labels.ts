/**
 * The fixed wording of a data-request pack in the interface languages. Packs in Arabic,
 * Romanian or Serbian use these English texts around indicator names in their own language.
 */
import type { DimensionKind, Language } from "../catalogue/vocabulary";

export interface PackLabels {
  coverSheet: string;
  indicatorsSheet: string;
  title: string;
  requestId: string;
  to: string;
  profile: string;
  requestedOn: string;
  due: string;
  contact: string;
  areas: string;
  why: string;
  howToReturn: string;
  returnSteps: string;
  dateReturned: string;
  columns: readonly string[];
  breakdown: string;
  category: string;
  notes: string;
  total: string;
  entryHelp: string;
  numberError: string;
  englishName: string;
  categories: Partial<Record<DimensionKind, readonly string[]>>;
}

const EN: PackLabels = {
  coverSheet: "Request",
  indicatorsSheet: "Indicators",
  title: "Data request for the Migration Profile",
  requestId: "Request ID",
  to: "To",
  profile: "Profile",
  requestedOn: "Requested on",
  due: "Please return by",
  contact: "TWG contact",
  areas: "Policy areas served",
  why: "The Technical Working Group needs these figures to prepare the Migration Profile; the Indicators sheet lists what is asked and why.",
  howToReturn: "How to return",
  returnSteps:
    "Fill the white cells of each table sheet, write the date below, save the file under the same name and send it back to the TWG contact. Do not rename, add or delete sheets.",
  dateReturned: "Date returned (YYYY-MM-DD)",
  columns: [
    "ID",
    "Indicator",
    "Definition",
    "Standard",
    "Breakdowns",
    "Years",
    "Frequency",
    "Priority",
    "Policy themes",
    "Sheet",
  ],
  breakdown: "Breakdown",
  category: "Category",
  notes: "Notes (definition used, differences, source)",
  total: "Total",
  entryHelp:
    "Enter numbers in the white cells; leave a cell empty where no figure exists. Write your own categories where the Category cell is white.",
  numberError: "Enter a number (no text, no units).",
  englishName: "(name in English)",
  categories: {
    sex: ["Male", "Female"],
    "urban-rural": ["Urban", "Rural"],
    "migratory-status": ["Migrants", "Non-migrants"],
  },
};

const FR: PackLabels = {
  coverSheet: "Demande",
  indicatorsSheet: "Indicateurs",
  title: "Demande de données pour le profil migratoire",
  requestId: "Référence de la demande",
  to: "Destinataire",
  profile: "Profil",
  requestedOn: "Date de la demande",
  due: "À renvoyer avant le",
  contact: "Contact du GTT",
  areas: "Domaines d’action concernés",
  why: "Le groupe de travail technique a besoin de ces données pour préparer le profil migratoire\u00a0; la feuille Indicateurs indique ce qui est demandé et pourquoi.",
  howToReturn: "Comment renvoyer",
  returnSteps:
    "Remplissez les cellules blanches de chaque feuille, indiquez la date ci-dessous, enregistrez le fichier sous le même nom et renvoyez-le au contact du GTT. Ne renommez, n’ajoutez ni ne supprimez aucune feuille.",
  dateReturned: "Date de renvoi (AAAA-MM-JJ)",
  columns: [
    "ID",
    "Indicateur",
    "Définition",
    "Norme",
    "Ventilations",
    "Années",
    "Fréquence",
    "Priorité",
    "Thèmes",
    "Feuille",
  ],
  breakdown: "Ventilation",
  category: "Catégorie",
  notes: "Notes (définition utilisée, écarts, source)",
  total: "Total",
  entryHelp:
    "Saisissez les nombres dans les cellules blanches\u00a0; laissez vide si la donnée n’existe pas. Écrivez vos propres catégories là où la cellule Catégorie est blanche.",
  numberError: "Saisissez un nombre (sans texte ni unité).",
  englishName: "(nom en anglais)",
  categories: {
    sex: ["Hommes", "Femmes"],
    "urban-rural": ["Urbain", "Rural"],
    "migratory-status": ["Migrants", "Non-migrants"],
  },
};

const ES: PackLabels = {
  coverSheet: "Solicitud",
  indicatorsSheet: "Indicadores",
  title: "Solicitud de datos para el perfil migratorio",
  requestId: "Referencia de la solicitud",
  to: "Destinatario",
  profile: "Perfil",
  requestedOn: "Fecha de la solicitud",
  due: "Devolver antes del",
  contact: "Contacto del GTT",
  areas: "Áreas de política atendidas",
  why: "El grupo de trabajo técnico necesita estas cifras para preparar el perfil migratorio; la hoja Indicadores indica qué se pide y por qué.",
  howToReturn: "Cómo devolverlo",
  returnSteps:
    "Rellene las celdas blancas de cada hoja, escriba la fecha abajo, guarde el archivo con el mismo nombre y devuélvalo al contacto del GTT. No cambie el nombre de las hojas ni añada o elimine hojas.",
  dateReturned: "Fecha de devolución (AAAA-MM-DD)",
  columns: [
    "ID",
    "Indicador",
    "Definición",
    "Norma",
    "Desgloses",
    "Años",
    "Frecuencia",
    "Prioridad",
    "Temas",
    "Hoja",
  ],
  breakdown: "Desglose",
  category: "Categoría",
  notes: "Notas (definición utilizada, diferencias, fuente)",
  total: "Total",
  entryHelp:
    "Escriba números en las celdas blancas; deje vacía la celda si el dato no existe. Escriba sus propias categorías donde la celda Categoría esté en blanco.",
  numberError: "Escriba un número (sin texto ni unidades).",
  englishName: "(nombre en inglés)",
  categories: {
    sex: ["Hombres", "Mujeres"],
    "urban-rural": ["Urbano", "Rural"],
    "migratory-status": ["Migrantes", "No migrantes"],
  },
};

const RU: PackLabels = {
  coverSheet: "Запрос",
  indicatorsSheet: "Показатели",
  title: "Запрос данных для миграционного профиля",
  requestId: "Номер запроса",
  to: "Адресат",
  profile: "Профиль",
  requestedOn: "Дата запроса",
  due: "Вернуть до",
  contact: "Контакт ТРГ",
  areas: "Области политики",
  why: "Эти данные нужны технической рабочей группе для подготовки миграционного профиля; на листе «Показатели» указано, что запрашивается и зачем.",
  howToReturn: "Как вернуть",
  returnSteps:
    "Заполните белые ячейки на каждом листе, укажите дату ниже, сохраните файл под тем же именем и отправьте его контакту ТРГ. Не переименовывайте, не добавляйте и не удаляйте листы.",
  dateReturned: "Дата возврата (ГГГГ-ММ-ДД)",
  columns: [
    "Код",
    "Показатель",
    "Определение",
    "Стандарт",
    "Разрезы",
    "Годы",
    "Периодичность",
    "Приоритет",
    "Темы",
    "Лист",
  ],
  breakdown: "Разрез",
  category: "Категория",
  notes: "Примечания (использованное определение, отличия, источник)",
  total: "Всего",
  entryHelp:
    "Вводите числа в белые ячейки; если данных нет, оставьте ячейку пустой. Свои категории пишите там, где ячейка «Категория» белая.",
  numberError: "Введите число (без текста и единиц).",
  englishName: "(название на английском)",
  categories: {
    sex: ["Мужчины", "Женщины"],
    "urban-rural": ["Городское", "Сельское"],
    "migratory-status": ["Мигранты", "Немигранты"],
  },
};

const LABELS: Partial<Record<Language, PackLabels>> = { en: EN, fr: FR, es: ES, ru: RU };

export function packLabels(lang: Language): PackLabels {
  return LABELS[lang] ?? EN;
}
