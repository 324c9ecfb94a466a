"""A call for ideas and la Fabrique à Idées (seed 001: an interview with an administration's
digital leader, published with initials only).

What the source says: the administration wants ideas and projects to emerge in every
administrative trade; in-house it launched participatory innovation as an ideas challenge
("défi d'idées") followed by digital incubation; it is spreading this lab approach through
a place called « la Fabrique à Idées », where ideas with high added value mature with design
thinking methods; a small group has been trained in these techniques to support the
business units, and other groups will follow; it counts on intrapreneurs, people driven by
solving a problem; it seeks partnerships with outside ecosystems (universities, innovative
companies); the business units will only commit once convinced by concrete changes they have
lived themselves, through collaborative service design; the aim is to move from "control" to
"support".

The extract does not name the administration, so the demo names none: the défis are hosted
by la Fabrique à Idées. The two calls, their themes and dates, the ideas, their authors and
the services they work in are demo content, written for the demo; nobody is quoted. The
authors are fictitious and, but for one who asked for it, their names are not published.
"""

from .text import UL, P

FABRIQUE = {
    "slug": "la-fabrique-a-idees",
    "slug_en": "the-ideas-factory",
    "fr": {
        "title": "La Fabrique à Idées",
        "summary": "Le lieu où les idées des agents mûrissent avec les méthodes du design thinking, du défi d'idées jusqu'à l'incubation numérique.",
        "body": [
            P(
                "Pour faire émerger des idées et des projets dans tous les métiers administratifs, l'administration a lancé en interne un chantier d'innovation participative : des défis d'idées ouverts à tous les agents, puis l'incubation numérique des meilleures idées.",
                "La Fabrique à Idées incarne cette démarche dans un lieu : les idées à forte valeur ajoutée y montent en maturité, portées par des intrapreneurs, des agents motivés par la résolution d'un problème et prêts à y mettre leur énergie.",
            ),
        ],
        "offer": P(
            UL(
                "l'accompagnement des idées retenues des défis d'idées, du premier atelier jusqu'au prototype puis à l'incubation ;",
                "des ateliers de design thinking pour les équipes métiers qui veulent revoir un service ou une procédure ;",
                "la formation d'agents aux techniques de facilitation, pour qu'ils accompagnent à leur tour les métiers ; un premier groupe est formé, d'autres suivront ;",
                "des rencontres avec des partenaires extérieurs : monde académique, entreprises innovantes.",
            ),
        ),
        "methods": P(
            "Les méthodes du design thinking et du design collaboratif de service : comprendre le problème avec celles et ceux qui le vivent, imaginer des solutions ensemble, prototyper vite, tester, recommencer.",
            "Le changement ne se décrète pas : les métiers s'engagent quand ils ont vécu eux-mêmes ces façons de travailler et constaté des changements positifs et concrets. La Fabrique passe ainsi d'une logique de contrôle à une logique d'accompagnement.",
        ),
    },
    "en": {
        "title": "The Ideas Factory",
        "summary": "The place where staff ideas mature with design thinking methods, from the ideas challenge to digital incubation.",
        "body": [
            P(
                "To bring ideas and projects out of every administrative trade, the administration launched participatory innovation in-house: ideas challenges open to all staff, then the digital incubation of the best ideas.",
                "The Ideas Factory gives this approach a place: ideas with high added value mature there, carried by intrapreneurs, staff members driven by solving a problem and ready to put their energy into it.",
            ),
        ],
        "offer": P(
            UL(
                "support for the ideas selected in the ideas challenges, from the first workshop to a prototype and then incubation;",
                "design thinking workshops for business teams who want to rethink a service or a procedure;",
                "training staff in facilitation techniques so that they in turn support the business units; a first group has been trained, others will follow;",
                "meetings with outside partners: universities, innovative companies.",
            ),
        ),
        "methods": P(
            "Design thinking and collaborative service design: understand the problem with the people who live it, imagine solutions together, prototype quickly, test, start again.",
            "Change cannot be decreed: business units commit once they have experienced these ways of working themselves and seen positive, concrete changes. The Factory thus moves from control to support.",
        ),
    },
}

# Workshops the place hosts during the coming edition (2021 dates, moved like the others).
WORKSHOPS = [
    {
        "slug": "fabrique-a-idees-atelier-design-thinking",
        "slug_en": "ideas-factory-design-thinking-workshop",
        "format": "atelier-participatif",
        "themes": ["design"],
        "host_lab": FABRIQUE["slug"],
        "sessions": [("2021-11-09", "14:00", "17:00")],
        "mode": "on_site",
        "seats": (16, 0),
        "fr": {
            "title": "De l'idée au prototype : un atelier de design thinking",
            "summary": "Trois heures pour passer d'un problème vécu au travail à un premier prototype, avec les facilitateurs de la Fabrique à Idées.",
            "body": [
                P(
                    "Vous avez repéré un irritant dans votre travail ou dans le service rendu aux usagers ? L'atelier suit les étapes du design thinking : comprendre le problème, imaginer des pistes, choisir, prototyper avec du papier et des feutres, puis tester auprès des autres participants.",
                    "Aucune connaissance préalable n'est nécessaire. Les idées travaillées peuvent ensuite être proposées au défi d'idées.",
                ),
            ],
        },
        "en": {
            "title": "From idea to prototype: a design thinking workshop",
            "summary": "Three hours to go from a problem met at work to a first prototype, with the facilitators of the Ideas Factory.",
            "body": [
                P(
                    "Have you spotted something that gets in the way of your work or of the service given to users? The workshop follows the steps of design thinking: understand the problem, imagine leads, choose, prototype with paper and pens, then test with the other participants.",
                    "No prior knowledge is needed. The ideas worked on can then be proposed to the ideas challenge.",
                ),
            ],
        },
    },
    {
        "slug": "fabrique-a-idees-restitution-incubation",
        "slug_en": "ideas-factory-incubation-results",
        "format": "restitution",
        "themes": ["experience-agent"],
        "host_lab": FABRIQUE["slug"],
        "sessions": [("2021-11-18", "10:00", "12:00")],
        "mode": "hybrid",
        "seats": (40, 0),
        "fr": {
            "title": "Restitution du premier défi d'idées",
            "summary": "Les intrapreneurs des idées incubées présentent ce qu'ils ont construit, ce qui a marché et ce qui reste à faire.",
            "body": [
                P(
                    "Un an après le premier défi d'idées, les équipes des idées retenues et incubées présentent leurs prototypes et leurs premiers résultats, puis répondent aux questions.",
                    "La session est aussi l'occasion de découvrir le deuxième défi d'idées et la manière d'y proposer une idée.",
                ),
            ],
        },
        "en": {
            "title": "Results of the first ideas challenge",
            "summary": "The intrapreneurs of the incubated ideas present what they built, what worked and what remains to be done.",
            "body": [
                P(
                    "A year after the first ideas challenge, the teams of the selected and incubated ideas present their prototypes and first results, then answer questions.",
                    "The session is also a chance to discover the second ideas challenge and how to propose an idea to it.",
                ),
            ],
        },
    },
]

PROGRAMME = {"fr": "Innovation participative", "en": "Participatory innovation"}
HOST = {"fr": "La Fabrique à Idées", "en": "The Ideas Factory"}

# Phases in weeks from the coming edition's first day: (call, selection, incubation, results).
CALLS = [
    {
        "slug": "defi-d-idees-simplifier-le-quotidien-des-agents",
        "slug_en": "ideas-challenge-simplifying-staff-daily-work",
        "weeks": (-68, -60, -52, 0),
        "theme": "experience-agent",
        "fr": {
            "title": "Défi d'idées : simplifier le quotidien des agents",
            "promotion": "Premier défi d'idées",
            "summary": "Le premier appel à idées ouvert à tous les agents : les idées retenues sont incubées avec la Fabrique à Idées, et leurs résultats présentés au Mois de l'innovation publique.",
            "call_text": P(
                "Ce premier défi d'idées invitait tous les agents, quels que soient leur métier et leur service, à proposer une idée pour simplifier leur travail quotidien.",
                "Les idées retenues sont accompagnées par la Fabrique à Idées : ateliers de design thinking, prototype, puis incubation numérique, chaque idée portée par un intrapreneur.",
            ),
            "problem": P(
                "Des idées existent dans tous les métiers administratifs, mais elles restent souvent sans suite, faute de temps, de méthode et d'un lieu pour les faire mûrir.",
                "Passer d'une logique de contrôle à une logique d'accompagnement suppose que chaque agent puisse proposer une idée, la tester et la voir aboutir.",
            ),
        },
        "en": {
            "title": "Ideas challenge: simplifying staff's daily work",
            "promotion": "First ideas challenge",
            "summary": "The first call for ideas open to all staff: the selected ideas are incubated with the Ideas Factory, and their results presented during the Public Innovation Month.",
            "call_text": P(
                "This first ideas challenge invited all staff, whatever their trade and department, to propose an idea to simplify their daily work.",
                "The selected ideas are supported by the Ideas Factory: design thinking workshops, a prototype, then digital incubation, each idea carried by an intrapreneur.",
            ),
            "problem": P(
                "Ideas exist in every administrative trade, but they often go nowhere for lack of time, of method and of a place to let them mature.",
                "Moving from control to support means that every staff member can propose an idea, test it and see it through.",
            ),
        },
    },
    {
        "slug": "defi-d-idees-mieux-accueillir-les-usagers",
        "slug_en": "ideas-challenge-a-better-welcome-for-users",
        "weeks": (-52, 0, 8, 52),
        "theme": "experience-usager",
        "fr": {
            "title": "Défi d'idées : mieux accueillir les usagers",
            "promotion": "Deuxième défi d'idées",
            "summary": "Le deuxième appel à idées, ouvert jusqu'au prochain Mois de l'innovation publique : vos idées pour l'accueil des usagers, au guichet, au téléphone ou en ligne.",
            "call_text": P(
                "Ouvert à tous les agents, ce deuxième défi d'idées porte sur l'accueil des usagers : au guichet, au téléphone, par courrier ou en ligne.",
                "Décrivez un problème que vous constatez et votre idée pour le résoudre. Les idées retenues seront travaillées en ateliers à la Fabrique à Idées, puis les plus prometteuses incubées.",
            ),
            "problem": P(
                "Les agents au contact des usagers voient chaque jour ce qui complique une démarche : un courrier mal compris, un rendez-vous difficile à obtenir, un justificatif demandé deux fois.",
                "Ces constats de terrain sont la meilleure source d'amélioration du service rendu, à condition d'être recueillis et suivis.",
            ),
        },
        "en": {
            "title": "Ideas challenge: a better welcome for users",
            "promotion": "Second ideas challenge",
            "summary": "The second call for ideas, open until the next Public Innovation Month: your ideas for welcoming users, at the counter, on the phone or online.",
            "call_text": P(
                "Open to all staff, this second ideas challenge is about welcoming users: at the counter, on the phone, by letter or online.",
                "Describe a problem you see and your idea to solve it. The selected ideas will be worked on in workshops at the Ideas Factory, then the most promising ones incubated.",
            ),
            "problem": P(
                "Staff in contact with users see every day what makes a procedure harder: a letter misunderstood, an appointment hard to get, a document asked for twice.",
                "These observations from the field are the best source of improvement of the service, provided they are collected and followed up.",
            ),
        },
    },
]

STORY = {
    "key": "story:formulaire-unique-demandes-de-materiel",
    "slug": "histoire-formulaire-unique-des-demandes-de-materiel",
    "slug_en": "story-one-form-for-equipment-requests",
    "fr": {
        "title": "Un formulaire unique pour les demandes de matériel : du défi d'idées à l'incubation",
        "introduction": "Retenue au premier défi d'idées, l'idée d'un formulaire unique pour les demandes de matériel est incubée avec la Fabrique à Idées.",
        "body": [
            P(
                "L'idée est partie d'un constat simple : pour un poste de travail, un téléphone ou un badge, un nouvel agent remplissait plusieurs demandes, à plusieurs services, sans savoir où elles en étaient.",
                "Après deux ateliers de design thinking avec les services concernés, un prototype de formulaire unique, avec le suivi de chaque demande, a été testé auprès d'agents volontaires. Son incubation se poursuit avec l'intrapreneuse qui a proposé l'idée et l'équipe numérique.",
            ),
        ],
    },
    "en": {
        "title": "One form for equipment requests: from the ideas challenge to incubation",
        "introduction": "Selected in the first ideas challenge, the idea of a single form for equipment requests is being incubated with the Ideas Factory.",
        "body": [
            P(
                "The idea came from a simple observation: for a workstation, a phone or a badge, a new staff member filled in several requests, to several departments, without knowing how far they had got.",
                "After two design thinking workshops with the departments concerned, a prototype single form, with the tracking of each request, was tested with volunteer staff. Its incubation continues with the intrapreneur who proposed the idea and the digital team.",
            ),
        ],
    },
}

# (call slug, status, publish the name, French texts, English title and summary or None)
IDEAS = [
    (
        CALLS[0]["slug"],
        "incubated",
        False,
        {
            "title": "Un formulaire unique pour les demandes de matériel",
            "problem": "Un nouvel agent remplit une demande pour son ordinateur, une autre pour son téléphone, une troisième pour son badge, chacune à un service différent, et ne sait jamais où elles en sont.",
            "idea": "Un seul formulaire en ligne, qui transmet chaque demande au bon service et permet de suivre leur avancement, jusqu'à la remise du matériel.",
            "author_name": "Sophie Marchal",
            "administration": "Secrétariat général, bureau de la logistique",
            "email": "sophie.marchal@example.org",
        },
        (
            "One form for equipment requests",
            "A single online form that sends each request for a computer, a phone or a badge to the right department, and lets new staff follow them until the equipment is handed over.",
        ),
    ),
    (
        CALLS[0]["slug"],
        "selected",
        True,
        {
            "title": "Une bourse aux compétences entre services",
            "problem": "Un service cherche pendant des semaines une compétence rare (cartographie, analyse de données, rédaction juridique) alors qu'un agent d'un autre service la possède et serait prêt à aider.",
            "idea": "Une bourse où les agents indiquent, s'ils le souhaitent, des compétences qu'ils peuvent partager, et où les services publient des missions courtes, avec l'accord des responsables.",
            "author_name": "Yannick Le Bihan",
            "administration": "Direction des ressources humaines",
            "email": "yannick.lebihan@example.org",
        },
        (
            "A skills exchange between departments",
            "A place where staff who wish to can list skills they are ready to share, and departments post short assignments, with their managers' agreement.",
        ),
    ),
    (
        CALLS[0]["slug"],
        "selected",
        False,
        {
            "title": "Un parcours d'arrivée pour les nouveaux agents",
            "problem": "Les premières semaines d'un nouvel agent dépendent de la disponibilité de son service : certains trouvent vite leurs repères, d'autres cherchent longtemps à qui s'adresser.",
            "idea": "Un parcours d'arrivée commun : une liste des étapes des premiers jours, les contacts utiles, et un collègue référent d'un autre service pour les questions du quotidien.",
            "author_name": "Fatou Diallo",
            "administration": "Direction des affaires juridiques",
            "email": "fatou.diallo@example.org",
        },
        (
            "An arrival path for new staff",
            "A shared arrival path: a list of the steps of the first days, useful contacts, and a colleague from another department to turn to for everyday questions.",
        ),
    ),
    (
        CALLS[0]["slug"],
        "declined",
        False,
        {
            "title": "Réserver les salles de réunion depuis l'agenda",
            "problem": "Pour réserver une salle, il faut écrire au secrétariat de l'étage, qui tient un tableau à part.",
            "idea": "Rendre les salles réservables directement depuis l'agenda électronique.",
            "author_name": "Marc Dumont",
            "administration": "Direction des systèmes d'information",
            "email": "marc.dumont@example.org",
        },
        None,
    ),
    (
        CALLS[1]["slug"],
        "received",
        False,
        {
            "title": "Des courriers relus par des usagers avant leur envoi",
            "problem": "Beaucoup d'appels au standard viennent de courriers mal compris : les usagers ne savent pas ce qu'on leur demande ni avant quelle date.",
            "idea": "Faire relire les modèles de courriers les plus envoyés par quelques usagers volontaires, puis les réécrire avec eux en langage clair.",
            "author_name": "Claire Fontaine",
            "administration": "Service de la relation aux usagers",
            "email": "claire.fontaine@example.org",
        },
        None,
    ),
    (
        CALLS[1]["slug"],
        "received",
        False,
        {
            "title": "Un rendez-vous en visio pour les usagers éloignés",
            "problem": "Les usagers qui habitent loin du guichet font parfois une heure de route pour un rendez-vous de dix minutes.",
            "idea": "Proposer, pour les démarches qui s'y prêtent, un rendez-vous en visioconférence, avec l'envoi des justificatifs en ligne avant l'échange.",
            "author_name": "Karim Benali",
            "administration": "Service de la relation aux usagers",
            "email": "karim.benali@example.org",
        },
        None,
    ),
]
