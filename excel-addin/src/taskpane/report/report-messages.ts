/**
 * The Report action's words in the pane's four languages. Kept beside the feature (not in the
 * shared message files) so the report code and its words load and change together.
 */
import type { UiLanguage } from "../../i18n/index";

export interface ReportMessages {
  button: string;
  /** Spoken by screen readers: what the button writes. */
  buttonLabel: string;
  loading: string;
  charts: (n: number) => string;
  writing: string;
  saving: string;
  downloaded: (file: string) => string;
  openedInBrowser: string;
  withoutPicture: (n: number) => string;
  failed: string;
  loadFailed: string;
  dismiss: string;
}

const en: ReportMessages = {
  button: "Report",
  buttonLabel: "Write the data-gap report (.docx)",
  loading: "Preparing the report…",
  charts: (n) => `Drawing chart ${n}…`,
  writing: "Writing the report…",
  saving: "Saving the report…",
  downloaded: (file) => `The report was saved as ${file}.`,
  openedInBrowser: "The report opened in your browser, which saves it to your Downloads folder.",
  withoutPicture: (n) =>
    `${n === 1 ? "One chart" : `${n} charts`} could not be drawn as a picture in this browser. Word 2016 or later and LibreOffice show the charts; older Word versions show an empty box.`,
  failed: "The report could not be written. Your results are unchanged; try again.",
  loadFailed:
    "The report could not be loaded from the add-in's server. Check the connection and try again.",
  dismiss: "Dismiss",
};

const fr: ReportMessages = {
  button: "Rapport",
  buttonLabel: "Rédiger le rapport sur les lacunes de données (.docx)",
  loading: "Préparation du rapport…",
  charts: (n) => `Dessin du graphique ${n}…`,
  writing: "Rédaction du rapport…",
  saving: "Enregistrement du rapport…",
  downloaded: (file) => `Le rapport a été enregistré sous ${file}.`,
  openedInBrowser:
    "Le rapport s’est ouvert dans votre navigateur, qui l’enregistre dans le dossier Téléchargements.",
  withoutPicture: (n) =>
    `${n === 1 ? "Un graphique n’a pas pu être dessiné" : `${n} graphiques n’ont pas pu être dessinés`} en image dans ce navigateur. Word 2016 ou ultérieur et LibreOffice affichent les graphiques ; les versions plus anciennes de Word affichent un cadre vide.`,
  failed: "Le rapport n’a pas pu être rédigé. Vos résultats sont inchangés ; réessayez.",
  loadFailed:
    "Le rapport n’a pas pu être chargé depuis le serveur du complément. Vérifiez la connexion et réessayez.",
  dismiss: "Fermer",
};

const es: ReportMessages = {
  button: "Informe",
  buttonLabel: "Redactar el informe de brechas de datos (.docx)",
  loading: "Preparando el informe…",
  charts: (n) => `Dibujando el gráfico ${n}…`,
  writing: "Redactando el informe…",
  saving: "Guardando el informe…",
  downloaded: (file) => `El informe se guardó como ${file}.`,
  openedInBrowser: "El informe se abrió en su navegador, que lo guarda en la carpeta de descargas.",
  withoutPicture: (n) =>
    `${n === 1 ? "Un gráfico no se pudo dibujar" : `${n} gráficos no se pudieron dibujar`} como imagen en este navegador. Word 2016 o posterior y LibreOffice muestran los gráficos; las versiones anteriores de Word muestran un recuadro vacío.`,
  failed: "No se pudo redactar el informe. Sus resultados no han cambiado; inténtelo de nuevo.",
  loadFailed:
    "No se pudo cargar el informe desde el servidor del complemento. Compruebe la conexión e inténtelo de nuevo.",
  dismiss: "Cerrar",
};

function ruCharts(n: number): string {
  if (n === 1) return "Одну диаграмму не удалось";
  const last = n % 10;
  const teen = n % 100 >= 11 && n % 100 <= 14;
  return `${n} ${!teen && last >= 2 && last <= 4 ? "диаграммы" : "диаграмм"} не удалось`;
}

const ru: ReportMessages = {
  button: "Отчёт",
  buttonLabel: "Составить отчёт о пробелах в данных (.docx)",
  loading: "Подготовка отчёта…",
  charts: (n) => `Построение диаграммы ${n}…`,
  writing: "Составление отчёта…",
  saving: "Сохранение отчёта…",
  downloaded: (file) => `Отчёт сохранён как ${file}.`,
  openedInBrowser: "Отчёт открылся в вашем браузере, который сохранит его в папку загрузок.",
  withoutPicture: (n) =>
    `${ruCharts(n)} нарисовать как изображение в этом браузере. Word 2016 и новее и LibreOffice показывают диаграммы; более старые версии Word показывают пустую рамку.`,
  failed: "Не удалось составить отчёт. Ваши результаты не изменились; попробуйте ещё раз.",
  loadFailed:
    "Не удалось загрузить модуль отчёта с сервера надстройки. Проверьте подключение и попробуйте ещё раз.",
  dismiss: "Закрыть",
};

export const REPORT_MESSAGES: Readonly<Record<UiLanguage, ReportMessages>> = { en, fr, es, ru };
