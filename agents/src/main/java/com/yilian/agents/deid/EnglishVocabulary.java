package com.yilian.agents.deid;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Capitalised words of clinical English that are no part of a person's name: function words that open sentences,
 * salutations, months and weekdays, hospital and department words, clinical and anatomical words, eponyms, drug and
 * disease word endings. A run of capitalised words free of them is read as a name (see {@link EnglishNameDetector}).
 */
final class EnglishVocabulary {
    private static final Set<String> WORDS = Arrays.stream((
            // Function words, pronouns, salutations and letter parts
            "The A An This That These Those He She It They We I You His Her Its Their Our My Your Him Them Who Which "
            + "With And Or Of In On At By For From To As If But When While After Before During Since Until Upon Via Per "
            + "Please Thank Thanks Dear Yours Sincerely Regards Best Kind Warm Faithfully Truly Hi Hello Re Cc Subject "
            + "List Roster Vessel Deckhand Islands Island Ramadan Eid "
            + "Date Time Name Patient Patients Attending Resident Consultant Registrar Nurse Doctor Dr Mr Mrs Ms Miss Mx "
            + "Research Coordinator Manager Supervisor Director Assistant Secretary Technician Officer Clinical Trial "
            + "Physician Physicians Surgeon Surgeons Visit Visits Appointment Duty Guard Security Desk Reception "
            + "Prof Professor Sir Madam Colleague Team Staff Family Relative Son Daughter Wife Husband Mother Father "
            + "Yes No Not None Other Others Also Both All Any Each Every Some Many Most Further Next Last Previous "
            + "Current Recent Today Tomorrow Yesterday Tonight Morning Afternoon Evening Night Day Days Week Weeks Month "
            + "Months Year Years Hour Hours Minutes Am Pm Is Was Has Had Are Were Be Been Do Does Did Can Could Will "
            + "Would Should May Might Must Seen Signed Witnessed Reviewed Referred Admitted Discharged Called "
            // Months and weekdays
            + "January February March April May June July August September October November December Jan Feb Mar Apr "
            + "Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues "
            + "Wed Thu Thur Thurs Fri Sat Sun Christmas Easter Spring Summer Autumn Fall Winter "
            // Institutions, departments, places
            + "Hospital Hospitals Clinic Clinics Centre Center Medical Medicine College University Institute School "
            // Portuguese, Spanish and French clinics and posts abroad (Clínica Mulemba, posto médico), a typhoid test.
            + "Clínica Clinica Clinique Hôpital Hospitalar Centro Posto Typhidot Caregiver Caregivers Task Tasks "
            // Hong Kong's boundary crossings, ambulances, insurers and estates (Shenzhen Bay Control Point, Home Return
            // Permit, FSD Ambulance Journey Record, Life Assurance, Lok Fu Estate, Shui Tai House).
            + "Control Point Permit Return Journey Handover Ambulance Assurance Liaison Office Carer Carers Benefit "
            + "Benefits Employer Interview Burden Home Estate House Hse Est Airport Status Radiotherapy "
            + "Department Dept Ward Wards Unit Units Emergency Intensive Care Outpatient Outpatients Inpatient General "
            + "People People's Peoples First Second Third Fourth Affiliated Union Memorial Children's Women's Health "
            + "Community Service Services Surgery Surgical Cardiology Neurology Oncology Pediatrics Paediatrics Radiology "
            + "Pathology Laboratory Lab Pharmacy Nursing Rehabilitation Internal Primary Respiratory Endocrinology "
            + "Gastroenterology Nephrology Urology Orthopaedics Orthopedics Dermatology Psychiatry Obstetrics Gynaecology "
            + "Gynecology Anaesthesia Anesthesia Geriatrics Infectious Diseases Room Bed Floor Building Road Street Avenue "
            + "Lane District City County Province Village Town Country China Chinese English North South East West "
            + "Central New Old Upper Lower Great Saint St Mount Lake River Beijing Shanghai Peking Hong Kong Republic "
            + "Bay Beach Island Harbour Harbor Port Resort Coast Cape Peninsula State Region Division Township Luang Dhabi Dubai "
            + "Mountain Mountains Mt Valley Falls Reservoir Tuen Kowloon "
            // Places of the Chinese abroad, and a ship's name (MV Ocean Pearl)
            + "Kuala Lumpur Jakarta Manila Penang Selangor Singapore Jalan Lorong Barat Timur Utara Selatan Ocean "
            // Employers (Gobi Coal Transport, Shatao Coal Group, Hongshimao Coal Mine)
            + "Company Co Ltd Limited Group Corporation Corp Inc Holdings Coal Mine Mines Mining Transport Logistics "
            + "Energy Industries Industry Factory Plant Works Bank Insurance Agency Shipping Freight Construction "
            // Clinical words
            + "Chest Heart Lung Lungs Kidney Liver Brain Blood Urine Stool Skin Eye Eyes Ear Head Neck Abdomen Back "
            + "X Ray CT MRI Echo Ultrasound Holter Foley Gram Doppler Type Stage Grade Class Level Score Scale Test "
            + "Tests Acute Chronic Severe Mild Moderate Diabetes Diabetic Disease Syndrome Pneumonia Cancer Carcinoma "
            + "Failure Infection Fever Pain History Examination Exam Physical Review Assessment Plan Diagnosis "
            + "Impression Summary Discharge Admission Referral Report Note Notes Letter Follow Results Result Findings "
            + "Medication Medications Allergy Allergies Vital Signs Temperature Pressure Rate Oxygen Normal Negative "
            + "Positive Left Right Bilateral Anterior Posterior Tablet Tablets Capsule Capsules Injection Oral Daily "
            + "Twice Once Hypertension Asthma Stroke Angina Influenza Covid Hepatitis Tuberculosis Sepsis Anaemia "
            + "Anemia Insulin Aspirin Heparin Warfarin Metformin Amoxicillin Ibuprofen Paracetamol Morphine Prednisone "
            + "Vitamin Consent Form Forms Signature Address Phone Mobile Tel Email Contact Number Code Record Records "
            + "Staphylococcus Streptococcus Escherichia Klebsiella Salmonella Shigella Legionella Pseudomonas "
            + "Helicobacter Mycoplasma Chlamydia Candida Aspergillus Coli Aureus Pneumoniae Pylori "
            + "Parkinson Alzheimer Crohn Graves Hodgkin Cushing Addison Raynaud Kawasaki Lyme Guillain Barre Sjogren "
            + "Hashimoto Wilson Down Bell Tourette Huntington Marfan Meniere Wernicke Korsakoff Paget Reiter Horner "
            + "Babinski Murphy Kernig Brudzinski Glasgow Coma Apgar Wells Child Pugh Killip NYHA Gleason "
            // Haemoglobin Bart's of thalassaemia screening
            + "Bart Bart's Hb HbH "
            // Common English and clinical words that stand capitalised in headings and lists
            + "Cough Headache Headaches Fracture Attack Rib Wing Food Hernia Angina Edema Oedema Gravis Media Cluster Virus "
            + "Throat Spine Muscle Muscles Wall Side Toe Jaw Face Nose Lip Vein Node Nodes Lymph Bowel Stools Rash Sore "
            + "Weight Height Diet Sleep Smoke Drink Exercise Like Have Feel Felt Get More Less Very Up Out Off So Than How "
            + "There Someone Something Person One Two Three Several Little Big Long Short High Low Fast Slow Deep Dark Red "
            + "Pale Yellow Green Clear Poor Worse Better Good Bad Well Ever Never Often Recently Currently Lately Suddenly "
            + "Take Takes Took Regularly Completely Significantly Slightly Constantly Common Usual Unusual Similar Same Single Prominent "
            + "Intense Vague Sudden Fossa Crest Aspect Region Sector Location Pattern Period Episode Spells Bouts Problem "
            + "Issue Trouble Difficulty Discomfort Sensation Weakness Numbness Swelling Tingling Bruising Congestion "
            + "Sweating Breathing Wheezing Vomiting Coughing Burning Feeling Food Fish Cheese Coffee Cigarettes Smoker "
            + "Virus Proteins Hormones Hormone Calcium Cholesterol Polyps Lesions Images Tears Taste Sound Light Sex "
            + "Pregnant Overweight Tired Dizzy Confused Itchy Runny Noisy Swollen Infected Treated Known Related Located "
            + "America Africa Europe Asia Swiss Rural Urban Human Channel Route Object Members Effects Effort Efforts "
            // Anatomy
            + "Labia Majora Minora Vulval Vulva Vestibule Ischio Jambier Tongue Gum Gums Cartilage Thyroid Cervical "
            + "Thoracic Lumbar Sacral Pelvic Above Under Below Behind Inside Outside Upper Lower Middle Inner Outer Iliac "
            + "Wing Shoulder Elbow Wrist Hand Hands Finger Fingers Hip Knee Ankle Foot Feet Leg Legs Arm Arms Thigh Calf "
            + "Groin Flank Breast Nipple Navel Testicle Scrotum Penis Vagina Anus Rectum Colon Stomach Bladder Uterus "
            + "Ovary Temple Forehead Cheek Chin Mouth Teeth Tooth Palate Tonsil Tonsils Pharynx Larynx Trachea Sternum "
            + "Clavicle Scapula Pubis Coccyx Sacrum Tibia Fibula Femur Humerus Radius Ulna Patella Heel Sole Palm "
            + "Dorsal Palmar Plantar Popliteal Fossa Crest Tendon Ligament Joint Joints Bone Bones "
            // Journal title abbreviations in references (Ann Intern Med, J Am Coll Cardiol)
            + "Ann Intern Med Coll Cardiol Engl Am Clin Respir Crit Eur Rev Infect Dis Emerg Pediatr Gastroenterol "
            + "Neurol Surg Int Arch Thorac Immunol Endocrinol Metab Rheumatol Soc Assoc Physiol Pharmacol Ther Res "
            + "Lancet Circulation Thorax Gut Stroke Radiol Oncol Nephrol Urol Dermatol Psychiatr Obstet Gynecol").split(" "))
            .collect(Collectors.toUnmodifiableSet());
    // Drug, disease, procedure and microbe word endings (Amlodipine, Cholecystitis, Lymphoma, Enterococcus).
    private static final Pattern CLINICAL_ENDING = Pattern.compile(".*(?:cillin|mycin|micin|cycline|pril|olol|sartan|statin|"
            + "azole|floxacin|vir|mab|nib|parin|formin|dipine|tidine|profen|azepam|olam|semide|thiazide|itis|osis|emia|"
            + "aemia|oma|pathy|algia|plasia|trophy|ectomy|otomy|ostomy|scopy|graphy|uria|penia|coccus|bacter|bacillus|"
            + "ology|iatry|ics|"
            // English word endings that names practically never have (Fibrillation, Spontaneous, Pulmonary, Dystonic).
            + "tion|sion|ment|ness|ity|ous|tive|sive|ism|asm|sis|ized|ised|ated|able|ible|ular|ache|ema|oid|iac|ary|ing|"
            + "ings|ful|less|ially|ently|ously|ial|inal|ical|ral|nal|ied|[^v]ic|xia|ure|ures|oids)");

    private EnglishVocabulary() {
    }

    /** A word as the list writes it: the first letter a capital, the rest small (WOON → Woon, ching → Ching). */
    static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT);
    }

    /** The capitalised token is clinical or function vocabulary, not a name part. */
    static boolean contains(String token) {
        if (EnglishNameDetector.knownName(token)) return false;
        String bare = token.replaceAll("['’]s$", "");
        return inWordList(token, bare) || token.endsWith("'s") || token.endsWith("’s")
                || CLINICAL_ENDING.matcher(bare.toLowerCase()).matches() && !pinyinGivenName(bare);
    }

    /**
     * Only the word list, not the endings: where a role only people fill stands before it (Wife Ifeoma Ezeugwu, Lab:
     * Aldous Scarisbrick), a name ending as a clinical word does (-oma, -ous) is still a name.
     */
    static boolean listed(String token) {
        return !EnglishNameDetector.knownName(token) && inWordList(token, token.replaceAll("['’]s$", ""));
    }

    private static boolean inWordList(String token, String bare) {
        return WORDS.contains(token) || WORDS.contains(bare);
    }

    /** Guiying, Ka-ming, Xiaolong: pinyin given names end in -ing and -ong as English words do. */
    private static boolean pinyinGivenName(String token) {
        String letters = token.replace("-", "").toLowerCase();
        return letters.matches(".+(?:ing|ong)") && PinyinNameDetector.syllables(letters);
    }
}
