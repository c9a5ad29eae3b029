/**
 * Display names and descriptions of the needs presets in French, Spanish and Russian.
 * Unverified: our own translations of the catalogue's English (IOM publishes the Migration
 * Profile template in English; "ESA/STAT/AC.339/1" is the EGM paper's symbol, kept as is).
 * English comes from the presets themselves.
 */
import type { NamesByLanguageInput } from "@gapmap/core";

type Names = Record<string, NamesByLanguageInput>;

export const presetNames: Names = {
  "migration-profile-core": {
    fr: "Profil migratoire, indicateurs de base",
    es: "Perfil migratorio, indicadores básicos",
    ru: "Миграционный профиль: основные показатели",
  },
  "sdg-migration": {
    fr: "Indicateurs ODD relatifs à la migration",
    es: "Indicadores de los ODS sobre migración",
    ru: "Показатели ЦУР, связанные с миграцией",
  },
  "sdg-disaggregation-migratory-status": {
    fr: "Ventilation des ODD par statut migratoire",
    es: "Desglose de los ODS por situación migratoria",
    ru: "Разбивка показателей ЦУР по миграционному статусу",
  },
};

export const presetDescriptions: Names = {
  "migration-profile-core": {
    fr: "Tous les indicateurs de base d’un profil migratoire national, organisés selon le modèle de l’OIM de 2011 (parties A à C et statistiques clés). Les tendances (partie A) ainsi que les envois de fonds et la diaspora (B.2) sont de priorité haute, le reste de priorité moyenne. Un ensemble de départ établi à partir du modèle et de l’ensemble commun du GMG, et non une liste officielle de l’OIM.",
    es: "Todos los indicadores básicos de un perfil migratorio nacional, organizados según la plantilla de la OIM de 2011 (partes A a C y estadísticas clave). Las tendencias (parte A) y las remesas y la diáspora (B.2) tienen prioridad alta; el resto, media. Un conjunto inicial elaborado a partir de la plantilla y del conjunto común del GMG, no una lista oficial de la OIM.",
    ru: "Все основные показатели национального миграционного профиля, сгруппированные по шаблону МОМ 2011 года (части A–C и ключевые статистические данные). Тенденции (часть A), денежные переводы и диаспора (B.2) имеют высокий приоритет, остальные — средний. Исходный набор, составленный по шаблону и общему набору ГГМ, а не официальный перечень МОМ.",
  },
  "sdg-migration": {
    fr: "Les indicateurs mondiaux des ODD qui concernent directement la migration (cibles 10.7, 10.c et 8.8) ou que le Portail sur les données migratoires relie à la migration (volume des envois de fonds, travail des enfants, traite, bourses d’études, ancienneté du recensement).",
    es: "Los indicadores mundiales de los ODS que se refieren directamente a la migración (metas 10.7, 10.c y 8.8) o que el Portal de Datos sobre Migración vincula con la migración (volumen de remesas, trabajo infantil, trata, becas, antigüedad del censo).",
    ru: "Глобальные показатели ЦУР, прямо касающиеся миграции (задачи 10.7, 10.c и 8.8) или связанные с миграцией на Портале данных о миграции (объём денежных переводов, детский труд, торговля людьми, стипендии, давность переписи).",
  },
  "sdg-disaggregation-migratory-status": {
    fr: "Indicateurs des ODD proposés pour une ventilation par statut migratoire, d’après la liste de candidats de la réunion du groupe d’experts des Nations Unies de 2017 sur l’amélioration des données migratoires (ESA/STAT/AC.339/1). La liste exacte des 24 indicateurs n’a pas pu être retrouvée\u00a0: cette reconstitution n’est PAS vérifiée et doit être comparée au document officiel avant d’être considérée comme faisant autorité.",
    es: "Indicadores de los ODS propuestos para desglosarse por situación migratoria, según la lista de candidatos de la reunión del grupo de expertos de las Naciones Unidas de 2017 sobre la mejora de los datos migratorios (ESA/STAT/AC.339/1). No se pudo recuperar la lista exacta de 24 indicadores: esta reconstrucción NO está verificada y debe cotejarse con el documento oficial antes de considerarla autorizada.",
    ru: "Показатели ЦУР, предложенные для разбивки по миграционному статусу, по списку кандидатов совещания группы экспертов ООН 2017 года по улучшению данных о миграции (ESA/STAT/AC.339/1). Точный список из 24 показателей найти не удалось: эта реконструкция НЕ проверена и должна быть сверена с официальным документом, прежде чем считаться достоверной.",
  },
};
