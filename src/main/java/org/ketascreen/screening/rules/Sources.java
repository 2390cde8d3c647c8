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

    // Rule set 2.0.0: research/clinical-criteria-v2.md §17 (S43-S67). Most were read as search excerpts [Ve].
    static final Citation RESPIRATORY = new Citation(
            "Ketamine injection label 5.3 respiratory depression [S43]; SPRAVATO REMS pulse oximetry [S44]; trials exclude chronic respiratory failure [S23][S55]",
            "https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&query=KETALAR");
    static final Citation SLEEP_APNOEA = new Citation(
            "Schwenk ES et al. ASRA/AAPM/ASA acute-pain ketamine consensus, Reg Anesth Pain Med 2018 [S47]: ask, do not exclude; modality split is a screening default",
            "https://doi.org/10.1097/AAP.0000000000000806");
    static final Citation STOP_BANG = new Citation(
            "Chung F et al. STOP questionnaire, Anesthesiology 2008;108:812-821; Chest 2016;149:631-638 [S48]",
            "https://doi.org/10.1097/ALN.0b013e31816d83e4");
    static final Citation OXYGEN_SATURATION = new Citation(
            "Trial exclusions SpO2 < 92 % [S53] and < 95 % [S55]; BTS oxygen guideline, Thorax 2017, target 94-98 % [S64]; floor 90 % is a screening default",
            "https://doi.org/10.1136/thoraxjnl-2016-209729");
    static final Citation HEART_RATE = new Citation(
            "Trials exclude resting pulse < 50 or > 120 [S23][S53][S55]; at-home programme holds doses above 100 [S56]; 150 and over is urgent (screening default)",
            "https://www.chooseketamine.com/");
    static final Citation AUDIT_C = new Citation(
            "Bush K et al. AUDIT-C, Arch Intern Med 1998;158:1789-1795; Bradley KA et al. 2003 cut-offs men 4, women 3 [S49]",
            "https://doi.org/10.1001/archinte.158.16.1789");
    static final Citation ABSTAIN_AROUND_DOSES = new Citation(
            "Ketamine clinics' pre-session abstinence, 12 to 72 hours [S57]; alcohol and controlled substances restricted during intranasal use [S24]",
            "https://isha.health/");
    static final Citation CANNABIS = new Citation(
            "Trials exclude recent cannabis [S55]; clinics ask 24 h without it [S57]; no published frequency threshold (screening default)",
            "https://isha.health/");
    static final Citation AT_HOME = new Citation(
            "At-home ketamine programmes: a peer treatment monitor for every session, pre-dose blood pressure and pulse, secure storage [S56]",
            "https://www.mindbloom.com/safety-information");
    static final Citation KETHEAD = new Citation(
            "KetHead trial protocol, Trials 2023, Table 1 eligibility [S51]",
            "https://doi.org/10.1186/s13063-023-07186-3");
    static final Citation ASA_PHYSICAL_STATUS = new Citation(
            "ASA physical status: BMI 40 and over is ASA III [S58]; obesity raises sedation hypoxaemia [S59]; trials weigh 45 kg and over [S53][S55]",
            "https://www.asahq.org/standards-and-practice-parameters/statement-on-asa-physical-status-classification-system");
    static final Citation SUICIDAL_BEHAVIOUR = new Citation(
            "C-SSRS triage: any suicidal behaviour in the past 3 months is the most urgent answer [S50]; take-home supply is access to means (screening default)",
            "https://cssrs.columbia.edu/");
    static final Citation ANAESTHESIA_HISTORY = new Citation(
            "Anaesthesia reactions reviewed before ketamine [S62]; laryngospasm and airway obstruction under ketamine [S43]",
            "https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&query=KETALAR");
    static final Citation NASAL = new Citation(
            "Intranasal ketamine trial excluded nasal dysfunction [S54]; SPRAVATO: decongestant at least 1 hour before [S44]",
            "https://www.accessdata.fda.gov/drugsatfda_docs/label/2019/211243s000lbl.pdf");
}
