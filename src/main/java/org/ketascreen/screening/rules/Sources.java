package org.ketascreen.screening.rules;

/**
 * The source register of research/clinical-criteria.md §10, as citations. Labels carry the register
 * key ([S1] ...) so a reviewer can trace each rule back to the research notes; URLs are DOIs or the
 * regulator's label pages. A rule whose threshold is a design decision of the criteria document says
 * so in its label ("screening default").
 */
final class Sources {
    private Sources() {
    }

    static final Citation ICHD3_THUNDERCLAP = new Citation(
            "ICHD-3 4.4 primary thunderclap headache (max intensity < 1 min); SNOOP4 [S1][S8]",
            "https://ichd-3.org/other-primary-headache-disorders/4-4-thunderclap-headache/");
    static final Citation SNNOOP10 = new Citation(
            "Do TP et al. SNNOOP10 red and orange flags for secondary headache, Neurology 2019;92:134-144 [S7]",
            "https://doi.org/10.1212/WNL.0000000000006697");
    static final Citation SNOOP4 = new Citation(
            "Modified SNOOP4 red flags, CMAJ 2023;195(4):E153-E158 Table 1 [S8]",
            "https://doi.org/10.1503/cmaj.211969");
    static final Citation SNNOOP10_TIERING = new Citation(
            "SNNOOP10 [S7]; urgency tiering is a screening default of clinical-criteria §4.3",
            "https://doi.org/10.1212/WNL.0000000000006697");
    static final Citation ACC_AHA_2017 = new Citation(
            "Whelton PK et al. 2017 ACC/AHA high blood pressure guideline, Hypertension 2018;71:1269-1324 [S14]",
            "https://doi.org/10.1161/HYP.0000000000000065");
    static final Citation SPRAVATO_PI = new Citation(
            "SPRAVATO (esketamine) US prescribing information, Janssen 2019 [S11]",
            "https://www.accessdata.fda.gov/drugsatfda_docs/label/2019/211243s000lbl.pdf");
    static final Citation AAGBI_BHS_2016 = new Citation(
            "Hartle A et al. AAGBI/BHS blood pressure before elective surgery, Anaesthesia 2016;71:326-337 [S15]",
            "https://doi.org/10.1111/anae.13348");
    static final Citation BP_READING_AGE = new Citation(
            "Screening default (clinical-criteria §1.4 BP-5): a reading older than 30 days is no reading; policy UNK-1",
            "https://doi.org/10.1111/anae.13348");
    static final Citation AGE_LIMITS = new Citation(
            "SPRAVATO not approved under 18 [S11]; clinic protocols 18-65 [S32]; ED RCT 18-65 [S23]",
            "https://www.accessdata.fda.gov/drugsatfda_docs/label/2019/211243s000lbl.pdf");
    static final Citation OLDER_AGE_BP = new Citation(
            "Ketamine BP surges increase with age, Gen Hosp Psychiatry 2024 [S36]; esketamine trials SBP > 150 limit over 65 [S11c]",
            "https://doi.org/10.1016/j.genhosppsych.2024.07.001");
    static final Citation ICHD3 = new Citation(
            "ICHD-3, Cephalalgia 2018;38(1):1-211, chapter 1 migraine [S1]; scope mapping clinical-criteria §2.6",
            "https://doi.org/10.1177/0333102417738202");
    static final Citation ICHD3_MOH = new Citation(
            "ICHD-3 8.2 medication-overuse headache, Cephalalgia 2018;38(1):1-211 [S1]",
            "https://ichd-3.org/8-headache-attributed-to-a-substance-or-its-withdrawal/8-2-medication-overuse-headache-moh/");
    static final Citation EHF_2020 = new Citation(
            "Sacco S et al. EHF consensus on resistant and refractory migraine, J Headache Pain 2020;21:76 [S2]",
            "https://doi.org/10.1186/s10194-020-01130-5");
    static final Citation ADEQUATE_TRIAL = new Citation(
            "Adequate preventive trial: AHS 2008 [S5], D'Antona & Matharu 2019 [S6], EHF 2014 [S3]; clinical-criteria §3.6",
            "https://doi.org/10.1186/s10194-019-1040-x");
    static final Citation JORGENSEN_2014 = new Citation(
            "Jorgensen ME et al. stroke and elective surgery risk plateau at 9 months, JAMA 2014;312:269-277 [S16]",
            "https://doi.org/10.1001/jama.2014.8165");
    static final Citation FLEISHER_2014 = new Citation(
            "Fleisher LA et al. 2014 ACC/AHA perioperative guideline [S17]; 6-month window is a screening default",
            "https://doi.org/10.1016/j.jacc.2014.07.944");
    static final Citation COHEN_2018 = new Citation(
            "Cohen SP et al. ASRA/AAPM/ASA ketamine infusion guideline, Reg Anesth Pain Med 2018;43:521-546 [S9]",
            "https://doi.org/10.1097/AAP.0000000000000808");
    static final Citation ACEP_2011 = new Citation(
            "Green SM et al. ACEP ketamine clinical practice guideline, Ann Emerg Med 2011;57:449-461 [S13]",
            "https://doi.org/10.1016/j.annemergmed.2010.11.030");
    static final Citation CLINIC_PROTOCOLS = new Citation(
            "Ketamine clinic eligibility protocols (CRTCE, Toronto Ketamine Clinic, Psyon, Carolinas Center, Mindspace) [S32]",
            "https://www.torontoketamineclinic.com/");
    static final Citation PSYCHIATRIC_WINDOW = new Citation(
            "Cohen 2018 active psychosis [S9]; SPRAVATO assess psychosis [S11]; 12-month window is a screening default",
            "https://doi.org/10.1097/AAP.0000000000000808");
    static final Citation KETALAR_PI = new Citation(
            "Ketalar (ketamine hydrochloride) US prescribing information, Par 2024 [S12]",
            "https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&query=KETALAR");
    static final Citation SWISS_LABEL = new Citation(
            "Ketamine Swiss product information reg. 67199: uncontrolled hyperthyroidism [S12c]",
            "https://ch.oddb.org/de/gcc/search/zone/drugs/search_query/67199");
    static final Citation ANAND_2000 = new Citation(
            "Anand A et al. lamotrigine attenuates ketamine effects, Arch Gen Psychiatry 2000;57:270-276 [S30]",
            "https://doi.org/10.1001/archpsyc.57.3.270");
    static final Citation NMDA_COMBINATION = new Citation(
            "Other NMDA antagonists (memantine, dextromethorphan): additive effect, clinical-criteria DDI-6 [unverified]",
            "https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&query=KETALAR");
}
