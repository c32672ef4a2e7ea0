// Closed-class English words the phrase finder splits and trims on: determiners, prepositions, pronouns, auxiliaries,
// and the "asking" words that frame a requirement ("experience with", "ability to", "a plus") without being it. These
// are general English, not any field's vocabulary; the part-of-speech tagger decides the open classes.

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

export const DETERMINERS = words(`a an the this that these those each every any all some no its their our your his her
my another other such both either neither several few many much more most same own`);

export const PREPOSITIONS = words(`of in on at for with without to from by into onto over under through throughout
across within between among around about after before during via per including like toward towards against upon
beyond behind near along since until despite except inside outside alongside amongst amid regarding concerning
following versus vs according`);

export const CONJUNCTIONS = words(`and or nor but & and/or`);

export const PRONOUNS = words(`you we they it he she i me us them him who whom whose which what yourself ourselves
someone anyone everyone something anything everything nothing one whoever whatever others`);

export const AUXILIARIES = words(`be is are was were been being am will would shall should can could may might must do
does did have has had having 'll 're 've 'd ll re ve get gets getting`);

export const NEGATIONS = words(`not no never without`);

/**
 * Words that frame what is asked without being it: "strong working knowledge of", "able to", "experience with",
 * "preferred", "a plus". Trimmed from both ends of a phrase.
 */
export const FRAME_WORDS = words(`able ability abilities capable capability capacity experience experiences experienced
knowledge knowledgeable skill skills skilled proficiency proficient familiarity familiar understanding understand
comfortable confident competence competency competencies competent expertise expert background exposure command grasp
demonstrated demonstrable proven strong solid excellent good great working basic thorough sound deep prior previous
relevant some hands hands-on required require requires preferred prefer preferably plus bonus asset ideally ideal
must need needs needed necessary minimum least desired desirable willing willingness ready eager love enjoy want
wanted looking also exceptional outstanding superb effective efficient successful solid general
appropriate applicable current currently valid active unrestricted unencumbered additional extensive considerable significant substantial
sufficient adequate reasonable highly very well really truly genuine genuinely passion passionate interest
interested keen commitment committed dedication dedicated desire motivated enthusiasm enthusiastic etc e.g i.e eg ie
is are was be equivalent related similar comparable know nice bilingual multilingual fluent fluency conversational
native expected intermediate beginner completion min`);

/** Words that stay frames even mid-phrase: "customer service experience" is customer service. */
export const TRAILING_FRAMES = words(`experience experiences skills skill knowledge background abilities ability
proficiency familiarity expertise required preferred plus bonus asset advantage advantageous ideal welcome welcomed
desirable desired helpful useful beneficial essential necessary needed mandatory preference preferably ideally using`);

/** Verbs so general that the object carries the meaning: "perform EKGs" asks for EKGs. */
export const LIGHT_VERBS = words(`perform performs performing do does doing conduct conducts conducting carry carries
provide provides providing handle handles handling maintain maintains maintaining keep keeps keeping ensure ensures
ensuring support supports supporting assist assists assisting help helps helping manage manages managing take takes
taking make makes making use uses using utilize utilizes utilizing hold holds holding complete completes completing
participate participates participating work works working deal deals dealing oversee oversees overseeing own owns
act acts acting undertake undertakes be become`);

/** Nouns too general to be a qualification by themselves. */
export const GENERIC_NOUNS = words(`things thing stuff tasks task duties duty responsibilities responsibility work job
jobs role roles position positions area areas environment environments setting settings field fields industry
industries level levels type types kind kinds variety range number lots lot way ways time times day days week weeks
month months year years people person staff team teams member members others everyone company organization
organisation business businesses department departments candidate candidates applicant applicants opportunity trade
opportunities world place places everything anything something nothing part parts end place matter matters basis
manner capacity`);

/** Adverbs and adjectives of manner and time that do not change what is asked ("quickly", "each morning"). */
export const MANNER_WORDS = words(`quickly warmly accurately clearly calmly safely efficiently effectively promptly
professionally independently regularly timely consistently reliably confidently
carefully politely courteously thoroughly properly appropriately well fast often always sometimes usually typically
occasionally frequently immediately directly personally physically verbally mentally together alone simultaneously
smoothly respectfully`);

/** Adverbs that never carry a requirement ("also", "very"); other adverbs may ("right to work", "on-call"). */
export const FILLER_ADVERBS = words(`also too very just only even still really quite rather always never often
sometimes usually however therefore then there here ever already yet soon now again once twice`);

/** Quantity nouns that open a phrase without being what is asked: "some time supervising", "a variety of tasks". */
export const QUANTITY_NOUNS = words(`time lots lot variety range number amount plenty couple bit deal`);

/** People as an object say little alone ("escort staff"): the duty's verb must be shown with them. */
export const PEOPLE_NOUNS = words(`staff customers customer clients client patients patient team teams people visitors
visitor guests guest students student children child families family drivers driver workers worker employees employee
members member others users user residents resident vendors vendor colleagues colleague managers providers volunteers
public everyone engineers engineer nurses nurse physicians physician doctors doctor teachers teacher parents parent
contractors contractor subcontractors subcontractor surveyors surveyor architects architect designers designer
developers developer inspectors inspector technicians technician officers officer partners partner stakeholders
stakeholder leadership management supervisors supervisor coworkers coworker peers peer leaders leader owners owner
homeowners homeowner tenants tenant members crews crew trades adults adult youth teens teen`);

/** Verbs of working alongside people: with a person as the object ("greet customers", "work with designers",
 * "tell the project manager") they describe the job, not a qualification a resume would show. */
export const GENERIC_DUTY_VERBS = words(`greet greets greeting welcome welcomes welcoming assist assists assisting help
helps helping support supports supporting tell tells telling inform informs informing notify notifies notifying answer
answers answering work works working collaborate collaborates collaborating partner partners partnering cooperate
interact interacts interacting engage engages engaging connect connects connecting share shares sharing join joins
joining attend attends attending participate participates participating contribute contributes contributing ask asks
asking listen listens listening talk talks talking speak speaks chat be`);

/** Objects that are only someone's questions or needs: "answer questions", "help with their needs". */
export const GENERIC_OBJECTS = words(`questions question needs need concerns concern requests request inquiries inquiry
issues issue problems problem everything anything things thing them it others`);

/** Words of a credential's name that a resume often leaves out: "Level 2 Food Hygiene certificate". */
export const CREDENTIAL_WORDS = words(`certificate certificates certification certifications certified license licence
licenses licensed card course training endorsement credential qualification`);

/** Words that grade experience without saying what it is of: "progressive accounting", "professional experience". */
export const GRADING_WORDS = words(`professional progressive verifiable proven paid direct recent relevant related
hands hands-on practical prior previous solid extensive`);

/** Words that name a degree: the fields after "in" belong to it ("a degree in Accounting or Finance"). */
export const DEGREE_WORDS = words(`degree degrees diploma diplomas bachelor bachelor's bachelors master master's masters
doctorate doctoral phd bs ba bsc ms msc mba bsn msn`);

/** Modifiers a resume may leave out without changing what it shows: "lead daily rounds" is shown by "lead rounds". */
export const OPTIONAL_MODIFIERS =
  words(`daily weekly monthly quarterly annual annually yearly nightly hourly bi biweekly semi
clear accurate simple new current multiple various several every full entire overall complete routine regular standard
typical key main major large small big busy timely effective efficient professional appropriate proper correct
one two three four five six seven eight nine ten twelve first second third each whole hard tight strict`);
