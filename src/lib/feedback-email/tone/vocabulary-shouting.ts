// Words for the shouting check. Editors: add an acronym people write in capitals on purpose to `acronyms`;
// add a word that reads as raised voice in capitals, even alone, to `ordinaryCapitals` (lower case).

export const acronyms = new Set(
  (
    'OK HR CV CEO CTO CFO COO CIO CMO CHRO VP SVP EVP UX UI IT QA PM AM SQL AWS GCP API SEO PPC CRM ERP SAP WMS ' +
    'MBA BSC MSC BA MA PHD NHS USA UK US EU UN NGO LLC LTD INC PLC GMBH FAQ KPI KPIS OKR OKRS ROI SAAS AI ML NLP ' +
    'CAD CPA CFA RN LPN HVAC CNC CDL PMP SHRM TBD GMT EST PST CET UTC ID NYC LA DC SF JS CSS HTML PHP IOS MIT UCLA ' +
    'NASA NATO UNICEF NASDAQ FINRA COBOL FORTRAN SCRUM IKEA HSBC KPMG PWC EY BBC CNN IBM HP GE BMW ASHRAE OSHA ' +
    'GAAP IFRS CPD CIPD CIPS DBS MD DDS STAR NVQ CSCS HGV LGV SIA GCSE GCSES BTEC QTS PGCE NQT ECT SENCO CQC ' +
    'OFSTED ACCA CIMA ICAEW ACA ATT AAT CIPFA RICS NEBOSH IOSH COSHH PAT DVLA HMRC DWP ACAS NMC HCPC GMC GDC GPHC ' +
    'BSL ESOL IELTS TOEFL CELTA TEFL ESL SEN ASD ADHD PTSD CPR AED EMT ICU ER A&E OT PT SLT GP ENT OB GYN PRN ' +
    'USD GBP EUR AUD CAD NZD INR ZAR NGN PHP ASAP FYI NB PS RE FW FWD AKA ETA ETC IE EG VS AM PM TV PC ' +
    'SME SMES B2B B2C PR HQ RD R&D QC QMS ISO GMP GLP GDPR CSR ESG FMCG CPG DIY PE VC IPO M&A LBO ' +
    'STEM SATS SAT GPA GRE GMAT LSAT MCAT JD LLB LLM BCOM BENG MENG MPHIL DPHIL CPS LPC SQE BPTC TV ' +
    'ATM POS EPOS SKU WMS TMS 3PL LGV CPC ADR FLT MHE PPE ' +
    'AWS GCP SQL NOSQL REST JSON XML CI CD K8S DEVOPS SRE QA UAT CRM ERP BI ETL ML AI NLP LLM ' +
    'NYPD FBI CIA NSA IRS SEC FDA CDC WHO UNHCR UNDP WFP IMF OECD'
  ).split(/\s+/),
);

// Common words: in capitals they are emphasis, even one of them ("I am SO sorry", "NOT happy").
export const ordinaryCapitals = new Set(
  (
    'so not no yes very really never ever always all any you your yours me my mine we us our they them their he she ' +
    'his her it its this that these those the an and but or if then why what how who when where which is are was ' +
    'were be been being do did does done have has had get got give gave go went can could would should will must ' +
    'may might please thank thanks thx sorry now today again still just only even much more most less too also such ' +
    'good bad best worst great love loved hate hated want wanted need needed know knew think thought job role work ' +
    'time interview chance everything nothing anything everyone nobody one joke stupid unfair angry happy sad hard ' +
    'huge big deserve deserved disappointed upset furious believe understand help wow omg wtf lol seriously honestly ' +
    'totally absolutely definitely extremely incredibly literally obviously clearly completely utterly really ' +
    'gave worked tried every whole at in on of to for from with about over again last first ever much many ' +
    'perfect ridiculous pathetic insane crazy fair waste wasted told said asked called i am im was wasnt not ' +
    'dont didnt cant wont isnt why whyyy how dare shame reply answer explain expect demand now immediately urgent ' +
    'excited thrilled amazing awesome fantastic wonderful brilliant lovely nice kind grateful appreciate'
  ).split(/\s+/),
);
