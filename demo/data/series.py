"""The innovation series of the Ministry of the Interior (seed 000: a consultancy's case study).

What the source says: the ministry's innovation and data sub-directorate (SDID) ran three
events over three consecutive months, UX Days (September), Data Days (October) and an
Innovathon (November); up to seven coaches per event, mixed teams of the consultancy's
coaches (Dynergie) and the ministry's own; training sessions for the internal coaches before
the events; workshops for business units used to working in silos; use cases taken on by
the ministry's intrapreneurship programme. The year (2027), the workshops' titles and times,
and the coaches are demo content: the coaches' names are fictitious and nobody is quoted.
Sessions on invitation and reserved sessions follow the source: the training is for the
internal coaches, the workshops for the ministry's agents (``interieur.gouv.fr``).
"""

from .text import UL, P

DOMAIN = "interieur.gouv.fr"
DYNERGIE = ("Dynergie", "Dynergie")
SDID = ("Ministère de l'Intérieur – SDID", "Ministry of the Interior – SDID")

SERIES = {
    "slug": "cycle-innovation-ministere-interieur",
    "slug_en": "ministry-of-the-interior-innovation-series",
    "organiser": "ministere-interieur",
    "fr": {
        "title": "Cycle innovation du ministère de l'Intérieur",
        "summary": "Trois événements en trois mois pour faire travailler ensemble les services du ministère : UX Days, Data Days et Innovathon.",
        "organiser_unit": "Sous-direction de l'innovation et de la donnée (SDID)",
        "purpose": P(
            "Dans le cadre de la transformation du ministère de l'Intérieur, la sous-direction de l'innovation et de la donnée veut diffuser une culture de l'innovation, adopter de nouvelles méthodes de travail et faire évoluer ses processus internes.",
            UL(
                "réunir des services habitués à travailler chacun de leur côté autour d'ateliers communs ;",
                "transmettre aux coachs internes les techniques de facilitation et d'intelligence collective ;",
                "repérer des cas d'usage, notamment de la donnée, que le programme d'intrapreneuriat du ministère pourra accompagner.",
            ),
        ),
    },
    "en": {
        "title": "Ministry of the Interior innovation series",
        "summary": "Three events in three months to get the ministry's departments working together: UX Days, Data Days and the Innovathon.",
        "organiser_unit": "Innovation and Data Sub-Directorate (SDID)",
        "purpose": P(
            "As part of the transformation of the Ministry of the Interior, the innovation and data sub-directorate aims to foster a culture of innovation, adopt new working methods and adapt its internal processes.",
            UL(
                "bring together departments used to working in silos around shared workshops;",
                "pass facilitation and collective intelligence skills on to internal coaches;",
                "identify use cases, data ones in particular, for the ministry's intrapreneurship programme to support.",
            ),
        ),
    },
    "outcomes": [
        (
            "Des cas d'usage pour le programme d'intrapreneuriat",
            "Les participants venus de plusieurs services ont identifié des cas d'usage que le programme d'intrapreneuriat du ministère explorera.",
            "Use cases for the intrapreneurship programme",
            "Participants from several departments identified use cases that the ministry's intrapreneurship programme will explore.",
        ),
        (
            "Des coachs internes formés à la facilitation",
            "Avant chaque événement, les coachs du ministère ont été formés aux méthodes d'intelligence collective, puis ont animé les ateliers aux côtés de coachs externes.",
            "Internal coaches trained in facilitation",
            "Before each event, the ministry's coaches were trained in collective intelligence methods, then led the workshops alongside external coaches.",
        ),
    ],
}

# Fictitious coaches: (name, role, organisation, has a picture).
COACHES = {
    "a": ("Claire Morvan", "facilitatrice", DYNERGIE, True),
    "b": ("Julien Ferrand", "coach", DYNERGIE, True),
    "c": ("Sonia Belkacem", "coach", DYNERGIE, False),
    "d": ("Thomas Le Gall", "coach", SDID, True),
    "e": ("Inès Carvalho", "coach", SDID, False),
    "f": ("Marc Oliveira", "coach", SDID, False),
    "g": ("Hélène Roussel", "intervenante", SDID, False),
    "h": ("Karim Haddad", "coach", DYNERGIE, False),
    "i": ("Lucie Perrin", "formatrice", DYNERGIE, True),
}

TRAINING = ("Formation des coachs internes", "Internal coaches' training")


def _event(slug, slug_en, day, training_day, theme, fmt, coaches, workshops, fr, en):
    return {
        "slug": slug,
        "slug_en": slug_en,
        "theme": theme,
        "format": fmt,
        "training": (training_day, "14:00", "17:00"),
        "workshops": [(day, start, end, title) for start, end, title in workshops],
        # (coach key, index of the workshop they lead or None for the whole event)
        "coaches": coaches,
        "fr": fr,
        "en": en,
    }


EVENTS = [
    _event(
        "ux-days-ministere-interieur",
        "ux-days-ministry-of-the-interior",
        "2027-09-23",
        "2027-09-16",
        "experience-usager",
        "atelier-participatif",
        [("a", None), ("b", 0), ("d", 0), ("c", 1), ("e", 1), ("i", None)],
        [
            ("09:30", "12:30", "Atelier : le parcours de l'usager, de bout en bout"),
            ("14:00", "17:00", "Atelier : tester un service avec ses usagers"),
        ],
        {
            "title": "UX Days",
            "summary": "Une journée d'ateliers pour mettre l'expérience des usagers et des agents au centre des projets du ministère.",
            "body": [
                P(
                    "Premier rendez-vous du cycle, les UX Days réunissent des agents de plusieurs services autour de l'expérience usager : comprendre un parcours, repérer ses points de friction et tester des pistes avec les personnes concernées.",
                    "Les ateliers sont animés par des équipes mixtes de coachs externes et de coachs internes du ministère.",
                )
            ],
        },
        {
            "title": "UX Days",
            "summary": "A day of workshops to put the experience of users and staff at the heart of the ministry's projects.",
            "body": [
                P(
                    "The first event of the series, UX Days bring together staff from several departments around user experience: understanding a journey, spotting its pain points and testing ideas with the people concerned.",
                    "The workshops are led by mixed teams of external coaches and the ministry's internal coaches.",
                )
            ],
        },
    ),
    _event(
        "data-days-ministere-interieur",
        "data-days-ministry-of-the-interior",
        "2027-10-14",
        "2027-10-07",
        "donnees",
        "atelier-participatif",
        [("a", None), ("h", 0), ("d", 0), ("b", 1), ("f", 1), ("g", None), ("i", None)],
        [
            ("09:30", "12:30", "Atelier : des données aux cas d'usage"),
            ("14:00", "17:00", "Atelier : prototyper un tableau de bord"),
        ],
        {
            "title": "Data Days",
            "summary": "Deux ateliers pour faire émerger, entre services, des cas d'usage de la donnée.",
            "body": [
                P(
                    "Deuxième rendez-vous du cycle, les Data Days partent des données dont disposent les services pour faire émerger des cas d'usage utiles au quotidien des agents et aux services rendus aux citoyens.",
                    "Les cas d'usage repérés pourront être accompagnés par le programme d'intrapreneuriat du ministère.",
                )
            ],
        },
        {
            "title": "Data Days",
            "summary": "Two workshops for departments to bring out data use cases together.",
            "body": [
                P(
                    "The second event of the series, Data Days start from the data the departments hold to bring out use cases that help staff day to day and improve services to citizens.",
                    "The use cases identified may be supported by the ministry's intrapreneurship programme.",
                )
            ],
        },
    ),
    _event(
        "innovathon-ministere-interieur",
        "innovathon-ministry-of-the-interior",
        "2027-11-18",
        "2027-11-10",
        "relance-impact",
        "hackathon",
        [("a", None), ("b", 0), ("c", 0), ("d", 1), ("e", 1), ("f", 1), ("h", None)],
        [
            ("09:00", "12:30", "Innovathon : constituer les équipes et cadrer les défis"),
            ("13:30", "18:00", "Innovathon : prototyper et présenter"),
        ],
        {
            "title": "Innovathon",
            "summary": "Une journée pour que des équipes venues de plusieurs services prototypent des solutions et les présentent.",
            "body": [
                P(
                    "Dernier rendez-vous du cycle, l'Innovathon réunit des équipes formées d'agents de différents services, accompagnées par des coachs, pour passer d'un défi à un prototype présenté en fin de journée.",
                    "Les projets qui en sortent peuvent rejoindre le programme d'intrapreneuriat du ministère.",
                )
            ],
        },
        {
            "title": "Innovathon",
            "summary": "A day for teams from several departments to prototype solutions and present them.",
            "body": [
                P(
                    "The last event of the series, the Innovathon brings together teams of staff from different departments, supported by coaches, to go from a challenge to a prototype presented at the end of the day.",
                    "The projects that come out of it may join the ministry's intrapreneurship programme.",
                )
            ],
        },
    ),
]
