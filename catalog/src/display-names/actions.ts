/**
 * Display names of the action library in French, Spanish and Russian: each action's title and
 * description (with the same {placeholders} as the English template, filled per gap by core's
 * `actionTexts`) and the timelines, keyed by their English words. Unverified: our own
 * translations. Placeholders stand where any value reads well: the indicator in quotes, the
 * producer in brackets after a generic noun, breakdowns after "by".
 */
import type { NamesByLanguageInput } from "@gapmap/core";
import { frenchSpacing } from "./french-spacing";

type Names = Record<string, NamesByLanguageInput>;
type Texts = Record<string, { fr: string; es: string; ru: string }>;

function named(texts: Texts): Names {
  return Object.fromEntries(
    Object.entries(texts).map(([id, { fr, es, ru }]) => [id, { fr: frenchSpacing(fr), es, ru }]),
  );
}

export const actionTitleNames: Names = named({
  "data-find-or-collect": {
    fr: "Trouver ou créer une source pour « {indicator} »",
    es: "Encontrar o crear una fuente para «{indicator}»",
    ru: "Найти или создать источник для показателя «{indicator}»",
  },
  "data-mirror-statistics-emigration": {
    fr: "Utiliser les statistiques miroirs pour « {indicator} »",
    es: "Usar estadísticas espejo para «{indicator}»",
    ru: "Использовать зеркальную статистику для показателя «{indicator}»",
  },
  "data-lfs-migration-questions": {
    fr: "Ajouter à l’enquête des questions sur le pays de naissance et la nationalité",
    es: "Añadir a la encuesta preguntas sobre país de nacimiento y ciudadanía",
    ru: "Добавить в обследование вопросы о стране рождения и гражданстве",
  },
  "data-sharing-agreement-border": {
    fr: "Signer un accord de partage de données avec la police des frontières",
    es: "Firmar un acuerdo de intercambio de datos con la policía de fronteras",
    ru: "Подписать соглашение об обмене данными с пограничной службой",
  },
  "data-central-bank-remittances": {
    fr: "Demander la série des envois de fonds à la banque centrale",
    es: "Solicitar la serie de remesas al banco central",
    ru: "Запросить ряд данных о денежных переводах у центрального банка",
  },
  "data-census-module": {
    fr: "Inclure des questions sur la migration dans le prochain recensement",
    es: "Incluir preguntas sobre migración en el próximo censo",
    ru: "Включить вопросы о миграции в следующую перепись",
  },
  "data-asylum-register-extract": {
    fr: "Convenir d’un extrait statistique du registre",
    es: "Acordar un extracto estadístico del registro",
    ru: "Согласовать статистическую выгрузку из регистра",
  },
  "disaggregation-tabulate": {
    fr: "Publier « {indicator} » par {breakdowns}",
    es: "Publicar «{indicator}» desglosado por {breakdowns}",
    ru: "Публиковать «{indicator}» в разбивке по признакам: {breakdowns}",
  },
  "disaggregation-register-fields": {
    fr: "Ajouter à l’extrait du registre : {breakdowns}",
    es: "Añadir al extracto del registro: {breakdowns}",
    ru: "Добавить в выгрузку из регистра признаки: {breakdowns}",
  },
  "disaggregation-survey-questions": {
    fr: "Ajouter à l’enquête des questions sur : {breakdowns}",
    es: "Añadir a la encuesta preguntas sobre: {breakdowns}",
    ru: "Добавить в обследование вопросы о признаках: {breakdowns}",
  },
  "disaggregation-remittances-partner": {
    fr: "Demander les envois de fonds par pays partenaire",
    es: "Solicitar las remesas por país socio",
    ru: "Запросить денежные переводы в разбивке по странам-партнёрам",
  },
  "reporting-regular-release": {
    fr: "Publier « {indicator} » à une fréquence {frequency}",
    es: "Publicar «{indicator}» con frecuencia {frequency}",
    ru: "Публиковать «{indicator}» {frequency}",
  },
  "reporting-register-based-series": {
    fr: "Compléter l’enquête par une série fondée sur les registres",
    es: "Complementar la encuesta con una serie basada en registros",
    ru: "Дополнить обследование рядом на основе регистров",
  },
  "timeliness-update": {
    fr: "Mettre à jour « {indicator} » avec les années récentes",
    es: "Actualizar «{indicator}» con los años recientes",
    ru: "Обновить «{indicator}» за последние годы",
  },
  "timeliness-international-series": {
    fr: "Combler les années entre les recensements par des estimations",
    es: "Cubrir los años entre censos con estimaciones",
    ru: "Заполнить годы между переписями оценками",
  },
  "geographic-subnational-tables": {
    fr: "Publier « {indicator} » au niveau {geography}",
    es: "Publicar «{indicator}» a nivel {geography}",
    ru: "Публиковать «{indicator}» на уровне {geography}",
  },
  "geographic-survey-small-area": {
    fr: "Estimer sur petits domaines les chiffres au niveau {geography}",
    es: "Usar estimación de áreas pequeñas para las cifras a nivel {geography}",
    ru: "Использовать оценку для малых территорий на уровне {geography}",
  },
  "definition-document-and-bridge": {
    fr: "Documenter la définition nationale de « {indicator} »",
    es: "Documentar la definición nacional de «{indicator}»",
    ru: "Описать национальное определение показателя «{indicator}»",
  },
  "definition-usual-residence-register": {
    fr: "Tirer du registre une série selon la résidence habituelle de 12 mois",
    es: "Derivar del registro una serie de residencia habitual de 12 meses",
    ru: "Построить по регистру ряд по правилу обычного проживания 12 месяцев",
  },
  "definition-foreign-born-tabulation": {
    fr: "Tabuler selon le pays de naissance ainsi que la nationalité",
    es: "Tabular por país de nacimiento además de por ciudadanía",
    ru: "Разрабатывать данные и по стране рождения, и по гражданству",
  },
  "access-publish": {
    fr: "Rendre « {indicator} » accessible au public",
    es: "Hacer público «{indicator}»",
    ru: "Сделать «{indicator}» общедоступным",
  },
  "access-data-sharing-agreement": {
    fr: "Signer un accord de partage de données avec le producteur ({producer})",
    es: "Firmar un acuerdo de intercambio de datos con el productor ({producer})",
    ru: "Подписать соглашение об обмене данными с производителем данных ({producer})",
  },
  "openness-csv-with-metadata": {
    fr: "Publier la série en CSV avec des métadonnées",
    es: "Publicar la serie en CSV con metadatos",
    ru: "Публиковать ряд в формате CSV с метаданными",
  },
  "openness-portal-api": {
    fr: "Charger la série dans le portail statistique",
    es: "Cargar la serie en el portal estadístico",
    ru: "Загрузить ряд на статистический портал",
  },
  "quality-review": {
    fr: "Examiner la qualité de « {indicator} »",
    es: "Revisar la calidad de «{indicator}»",
    ru: "Проверить качество показателя «{indicator}»",
  },
  "quality-register-revision-notes": {
    fr: "Publier des notes de qualité pour la série fondée sur les registres",
    es: "Publicar notas de calidad para la serie basada en registros",
    ru: "Публиковать примечания о качестве для ряда на основе регистров",
  },
  "financial-budget-line": {
    fr: "Obtenir un financement pour « {indicator} »",
    es: "Asegurar financiación para «{indicator}»",
    ru: "Обеспечить финансирование показателя «{indicator}»",
  },
  "financial-survey-module-partners": {
    fr: "Chercher un financement de partenaires pour un module d’enquête sur la migration",
    es: "Buscar financiación de socios para un módulo de encuesta sobre migración",
    ru: "Найти партнёрское финансирование для миграционного модуля обследования",
  },
});

export const actionDescriptionNames: Names = named({
  "data-find-or-collect": {
    fr: "Demander au producteur ({producer}) si « {indicator} » est compilé sans être publié ; sinon, convenir de la source qui le produira et l’inscrire au programme statistique national.",
    es: "Preguntar al productor ({producer}) si «{indicator}» se elabora pero no se publica; si no, acordar qué fuente lo producirá e incluirlo en el plan estadístico nacional.",
    ru: "Узнать у производителя данных ({producer}), рассчитывается ли показатель «{indicator}» без публикации; если нет, договориться, какой источник будет его формировать, и включить его в национальный статистический план.",
  },
  "data-mirror-statistics-emigration": {
    fr: "Estimer l’émigration à partir des données d’immigration des pays de destination (Eurostat, base de données de l’OCDE sur les migrations internationales, DAES de l’ONU) par pays de naissance et nationalité, et documenter la méthode.",
    es: "Estimar la emigración a partir de los datos de inmigración de los países de destino (Eurostat, base de datos de migración internacional de la OCDE, DAES de la ONU) por país de nacimiento y ciudadanía, y documentar el método.",
    ru: "Оценить эмиграцию по данным об иммиграции стран назначения (Евростат, база данных ОЭСР по международной миграции, ДЭСВ ООН) по стране рождения и гражданству и описать методику.",
  },
  "data-lfs-migration-questions": {
    fr: "Ajouter des questions sur le pays de naissance, la nationalité et l’année d’arrivée au questionnaire de base de l’enquête menée par le producteur ({producer}), afin de pouvoir tabuler « {indicator} ».",
    es: "Añadir preguntas sobre país de nacimiento, ciudadanía y año de llegada al cuestionario básico de la encuesta del productor ({producer}), para poder tabular «{indicator}».",
    ru: "Добавить вопросы о стране рождения, гражданстве и годе прибытия в основную анкету обследования, которое проводит производитель данных ({producer}), чтобы можно было разработать показатель «{indicator}».",
  },
  "data-sharing-agreement-border": {
    fr: "Signer un accord de partage de données entre l’office statistique et le producteur ({producer}) pour des extraits anonymisés réguliers qui donnent « {indicator} ».",
    es: "Firmar un acuerdo de intercambio de datos entre la oficina de estadística y el productor ({producer}) para extractos anonimizados periódicos que permitan obtener «{indicator}».",
    ru: "Подписать соглашение об обмене данными между статистическим ведомством и производителем данных ({producer}) о регулярных обезличенных выгрузках, дающих показатель «{indicator}».",
  },
  "data-central-bank-remittances": {
    fr: "Demander au producteur ({producer}) la série MBP6 des envois de fonds personnels (transferts personnels et rémunération des salariés) qui sous-tend « {indicator} ».",
    es: "Solicitar al productor ({producer}) la serie MBP6 de remesas personales (transferencias personales y remuneración de asalariados) en la que se basa «{indicator}».",
    ru: "Запросить у производителя данных ({producer}) ряд личных денежных переводов по РПБ6 (личные трансферты и оплата труда работников), на котором основан показатель «{indicator}».",
  },
  "data-census-module": {
    fr: "Inclure le pays de naissance, la nationalité, la résidence antérieure à l’étranger et les membres du ménage à l’étranger dans le questionnaire du prochain recensement, afin de produire « {indicator} ».",
    es: "Incluir país de nacimiento, ciudadanía, residencia anterior en el extranjero y miembros del hogar en el extranjero en el cuestionario del próximo censo, para poder producir «{indicator}».",
    ru: "Включить страну рождения, гражданство, прежнее проживание за рубежом и членов домохозяйства за рубежом в анкету следующей переписи, чтобы можно было получить показатель «{indicator}».",
  },
  "data-asylum-register-extract": {
    fr: "Convenir avec le producteur ({producer}) d’un extrait statistique annuel du registre qui donne « {indicator} », avec un dictionnaire des données.",
    es: "Acordar con el productor ({producer}) un extracto estadístico anual del registro que permita obtener «{indicator}», con un diccionario de datos.",
    ru: "Согласовать с производителем данных ({producer}) ежегодную статистическую выгрузку из регистра, дающую показатель «{indicator}», со словарём данных.",
  },
  "disaggregation-tabulate": {
    fr: "Demander au producteur ({producer}) de tabuler « {indicator} » par {breakdowns} à partir des microdonnées déjà disponibles, et de publier le tableau.",
    es: "Pedir al productor ({producer}) que tabule «{indicator}» por {breakdowns} a partir de los microdatos de que ya dispone, y que publique el cuadro.",
    ru: "Попросить производителя данных ({producer}) разработать показатель «{indicator}» в разбивке по признакам ({breakdowns}) по уже имеющимся микроданным и опубликовать таблицу.",
  },
  "disaggregation-register-fields": {
    fr: "Ajouter les champs suivants à l’extrait statistique envoyé par le producteur ({producer}) : {breakdowns}, afin de ventiler « {indicator} » comme requis.",
    es: "Añadir los campos siguientes al extracto estadístico que envía el productor ({producer}): {breakdowns}, para desglosar «{indicator}» como se requiere.",
    ru: "Добавить в статистическую выгрузку, которую присылает производитель данных ({producer}), поля: {breakdowns}, чтобы разбить показатель «{indicator}» как требуется.",
  },
  "disaggregation-survey-questions": {
    fr: "Ajouter à l’enquête du producteur ({producer}) des questions sur le pays de naissance et la nationalité (et sur ce qui n’est pas collecté parmi : {breakdowns}) ; regrouper plusieurs années d’enquête si les échantillons sont petits.",
    es: "Añadir a la encuesta del productor ({producer}) preguntas sobre país de nacimiento y ciudadanía (y sobre lo que no se recoja de: {breakdowns}); agrupar años de encuesta si las muestras son pequeñas.",
    ru: "Добавить в обследование производителя данных ({producer}) вопросы о стране рождения и гражданстве (и о несобираемых признаках из списка: {breakdowns}); объединять годы обследования при малых выборках.",
  },
  "disaggregation-remittances-partner": {
    fr: "Demander au producteur ({producer}) les flux d’envois de fonds par pays partenaire (estimations bilatérales) et par canal.",
    es: "Solicitar al productor ({producer}) los flujos de remesas por país socio (estimaciones bilaterales) y por canal.",
    ru: "Запросить у производителя данных ({producer}) потоки денежных переводов по странам-партнёрам (двусторонние оценки) и по каналам.",
  },
  "reporting-regular-release": {
    fr: "Convenir avec le producteur ({producer}) d’un calendrier de diffusion qui publie « {indicator} » à une fréquence au moins {frequency}.",
    es: "Acordar con el productor ({producer}) un calendario de difusión que publique «{indicator}» con frecuencia al menos {frequency}.",
    ru: "Согласовать с производителем данных ({producer}) календарь публикаций, по которому показатель «{indicator}» выходит не реже, чем {frequency}.",
  },
  "reporting-register-based-series": {
    fr: "Entre deux vagues d’enquête ou de recensement, publier « {indicator} » à une fréquence {frequency} à partir des registres administratifs, calée sur la dernière vague.",
    es: "Entre rondas de encuesta o censo, publicar «{indicator}» con frecuencia {frequency} a partir de registros administrativos, calibrado con la última ronda.",
    ru: "В периоды между раундами обследования или переписи публиковать «{indicator}» {frequency} по административным регистрам с привязкой к последнему раунду.",
  },
  "timeliness-update": {
    fr: "Demander au producteur ({producer}) de publier les dernières années disponibles de « {indicator} », même à titre provisoire.",
    es: "Pedir al productor ({producer}) que publique los últimos años disponibles de «{indicator}», aunque sean datos provisionales.",
    ru: "Попросить производителя данных ({producer}) опубликовать последние доступные годы показателя «{indicator}», пусть даже как предварительные данные.",
  },
  "timeliness-international-series": {
    fr: "Utiliser des estimations issues du registre de la population ou d’enquêtes, ou le stock de migrants internationaux du DAES de l’ONU, pour actualiser « {indicator} » entre les recensements, en les signalant comme estimations.",
    es: "Usar estimaciones del registro de población o de encuestas, o el stock de migrantes internacionales del DAES de la ONU, para actualizar «{indicator}» entre censos, y marcarlas como estimaciones.",
    ru: "Использовать оценки по регистру населения или обследованиям либо данные ДЭСВ ООН о численности международных мигрантов, чтобы обновлять «{indicator}» между переписями, с пометкой, что это оценки.",
  },
  "geographic-subnational-tables": {
    fr: "Demander au producteur ({producer}) de tabuler « {indicator} » au niveau {geography}, avec des règles de masquage des petites cellules.",
    es: "Pedir al productor ({producer}) que tabule «{indicator}» a nivel {geography}, con reglas de supresión para celdas pequeñas.",
    ru: "Попросить производителя данных ({producer}) разработать показатель «{indicator}» на уровне {geography} с правилами скрытия малых ячеек.",
  },
  "geographic-survey-small-area": {
    fr: "Combiner données d’enquête et de recensement dans des estimations sur petits domaines de « {indicator} » au niveau {geography}, l’échantillon de l’enquête seul étant trop petit.",
    es: "Combinar datos de encuesta y de censo en estimaciones de áreas pequeñas de «{indicator}» a nivel {geography}, ya que la muestra de la encuesta sola es demasiado pequeña.",
    ru: "Объединить данные обследования и переписи в оценках для малых территорий показателя «{indicator}» на уровне {geography}, поскольку одной выборки обследования недостаточно.",
  },
  "definition-document-and-bridge": {
    fr: "Documenter dans les métadonnées en quoi la définition nationale diffère de la norme, et publier une table de passage ou une série conforme à la norme à côté de la série nationale.",
    es: "Documentar en los metadatos en qué difiere la definición nacional de la norma, y publicar una tabla de correspondencia o una serie conforme a la norma junto a la nacional.",
    ru: "Описать в метаданных, чем национальное определение отличается от стандарта, и публиковать переходную таблицу или ряд по стандарту рядом с национальным.",
  },
  "definition-usual-residence-register": {
    fr: "Avec le producteur ({producer}), tirer des dates d’enregistrement une série qui suit la règle de la résidence habituelle de 12 mois, publiée à côté de la série fondée sur l’enregistrement.",
    es: "Con el productor ({producer}), derivar de las fechas de registro una serie que siga la regla de residencia habitual de 12 meses, publicada junto a la basada en el registro.",
    ru: "Совместно с производителем данных ({producer}) построить по датам регистрации ряд по правилу обычного проживания 12 месяцев и публиковать его рядом с рядом по регистрации.",
  },
  "definition-foreign-born-tabulation": {
    fr: "Publier « {indicator} » pour les personnes nées à l’étranger comme pour les ressortissants étrangers, afin de pouvoir le comparer aux séries de l’ONU et d’Eurostat.",
    es: "Publicar «{indicator}» tanto para los nacidos en el extranjero como para los ciudadanos extranjeros, para poder compararlo con las series de la ONU y de Eurostat.",
    ru: "Публиковать «{indicator}» и для родившихся за рубежом, и для иностранных граждан, чтобы его можно было сравнивать с рядами ООН и Евростата.",
  },
  "access-publish": {
    fr: "Convenir avec le producteur ({producer}) de publier des tableaux agrégés de « {indicator} » au lieu de les fournir seulement sur demande.",
    es: "Acordar con el productor ({producer}) que publique cuadros agregados de «{indicator}» en lugar de facilitarlos solo a petición.",
    ru: "Договориться с производителем данных ({producer}) о публикации агрегированных таблиц показателя «{indicator}» вместо их выдачи только по запросу.",
  },
  "access-data-sharing-agreement": {
    fr: "Signer un protocole d’accord qui donne à l’office statistique un accès régulier à des données anonymisées pour « {indicator} », avec des règles de confidentialité.",
    es: "Firmar un memorando de entendimiento que dé a la oficina de estadística acceso periódico a datos anonimizados para «{indicator}», con normas de confidencialidad.",
    ru: "Подписать меморандум о взаимопонимании, дающий статистическому ведомству регулярный доступ к обезличенным данным для показателя «{indicator}», с правилами конфиденциальности.",
  },
  "openness-csv-with-metadata": {
    fr: "Publier « {indicator} » en CSV (lisible par machine, non propriétaire) avec téléchargement en bloc, un fichier de métadonnées et une licence ouverte.",
    es: "Publicar «{indicator}» en CSV (legible por máquina, no propietario) con descarga masiva, un archivo de metadatos y una licencia abierta.",
    ru: "Публиковать «{indicator}» в формате CSV (машиночитаемом, открытом) с выгрузкой целиком, файлом метаданных и открытой лицензией.",
  },
  "openness-portal-api": {
    fr: "Charger « {indicator} » dans la base de diffusion de la statistique nationale, pour que les utilisateurs puissent le sélectionner et le télécharger (et l’interroger par API).",
    es: "Cargar «{indicator}» en la base de datos de difusión de la estadística nacional para que los usuarios puedan seleccionarlo y descargarlo (y consultarlo por API).",
    ru: "Загрузить «{indicator}» в базу распространения национальной статистики, чтобы пользователи могли выбирать и скачивать данные (и запрашивать их через API).",
  },
  "quality-review": {
    fr: "Examiner avec le producteur ({producer}) les problèmes signalés de « {indicator} », publier des notes de qualité et réviser les chiffres provisoires.",
    es: "Revisar con el productor ({producer}) los problemas señalados de «{indicator}», publicar notas de calidad y revisar las cifras provisionales.",
    ru: "Разобрать с производителем данных ({producer}) отмеченные проблемы показателя «{indicator}», опубликовать примечания о качестве и пересмотреть предварительные данные.",
  },
  "quality-register-revision-notes": {
    fr: "Avec le producteur ({producer}), publier des notes de qualité pour « {indicator} » : quand les chiffres provisoires sont révisés, et chaque changement des règles d’enregistrement qui rompt la série, avec rétropolation si possible.",
    es: "Con el productor ({producer}), publicar notas de calidad para «{indicator}»: cuándo se revisan las cifras provisionales y cada cambio en las reglas de registro que rompe la serie, con retropolación cuando sea posible.",
    ru: "Совместно с производителем данных ({producer}) публиковать примечания о качестве показателя «{indicator}»: когда пересматриваются предварительные данные и какие изменения правил регистрации прерывают ряд, с пересчётом назад, где возможно.",
  },
  "financial-budget-line": {
    fr: "Chiffrer la collecte de données pour « {indicator} » et l’inscrire au budget du programme statistique national ou à un projet financé par des partenaires.",
    es: "Presupuestar la recogida de datos para «{indicator}» e incluirla en el presupuesto del plan estadístico nacional o en un proyecto financiado por socios.",
    ru: "Оценить стоимость сбора данных для показателя «{indicator}» и включить её в бюджет национального статистического плана или в проект, финансируемый партнёрами.",
  },
  "financial-survey-module-partners": {
    fr: "Chercher un financement auprès des partenaires de développement (OIM, OIT, Banque mondiale, UE) pour un module migration ou une enquête dédiée produisant « {indicator} ».",
    es: "Buscar financiación de los socios para el desarrollo (OIM, OIT, Banco Mundial, UE) para un módulo de migración o una encuesta específica que produzca «{indicator}».",
    ru: "Найти финансирование у партнёров по развитию (МОМ, МОТ, Всемирный банк, ЕС) для миграционного модуля или специального обследования, дающего показатель «{indicator}».",
  },
});

/** Timelines by their English words, as the templates and the Action plan sheet write them. */
export const timelineNames: Names = named({
  "next edition": { fr: "prochaine édition", es: "próxima edición", ru: "следующий выпуск" },
  "next survey round": {
    fr: "prochaine vague d’enquête",
    es: "próxima ronda de la encuesta",
    ru: "следующий раунд обследования",
  },
  "within 12 months": { fr: "sous 12 mois", es: "en 12 meses", ru: "в течение 12 месяцев" },
  "within 6 months": { fr: "sous 6 mois", es: "en 6 meses", ru: "в течение 6 месяцев" },
  "next census": { fr: "prochain recensement", es: "próximo censo", ru: "следующая перепись" },
  "next extract": { fr: "prochain extrait", es: "próximo extracto", ru: "следующая выгрузка" },
  "next release calendar": {
    fr: "prochain calendrier de diffusion",
    es: "próximo calendario de difusión",
    ru: "следующий календарь публикаций",
  },
  "within two years": { fr: "sous deux ans", es: "en dos años", ru: "в течение двух лет" },
  "next budget cycle": {
    fr: "prochain cycle budgétaire",
    es: "próximo ciclo presupuestario",
    ru: "следующий бюджетный цикл",
  },
});
