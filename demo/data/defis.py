"""The 13 défis of promotion 6 of the Entrepreneurs d'intérêt général programme (DINUM booklet).

French texts are the booklet's; the English ones are written translations. In ``problem``,
``needs`` and ``concept`` the first item is the booklet's headline, shown in bold, and the
others are its paragraphs (a UL is a bulleted list, an OL a numbered one).
"""

from .text import OL, UL

PROGRAMME = {
    "fr": "Entrepreneurs d'intérêt général",
    "en": "Public Interest Entrepreneurs (EIG)",
}
PROMOTION = {"fr": "Promotion 6", "en": "Cohort 6"}

ROLES = {
    "Data scientist": "Data scientist",
    "Data engineer": "Data engineer",
    "Designer": "Designer",
    "Développeur": "Developer",
    "Développeuse": "Developer",
}

DEFIS = [
    {
        "slug": "artificia",
        "slug_en": "artificia",
        "host": "ign",
        "values": {"open_data": True},
        "url": "https://eig.etalab.gouv.fr/defis/articia",
        "team": [("Eva Bookjans", "Data scientist"), ("Marie-Lorraine Chiriacopol", "Designer")],
        "fr": {
            "title": "ArtificIA",
            "summary": "Mettre l'intelligence artificielle au service de l'objectif « zéro artificialisation nette » des sols.",
            "host_name": "Institut national de l'information géographique et forestière (IGN)",
            "problem": [
                "Cartographier plus finement l'occupation des sols",
                "Dans le cadre de l'objectif Zéro Artificialisation Nette (ZAN), l'État finance la production d'un référentiel géographique d'occupation du sol à grande échelle (OCS GE), qui décrit la couverture et l'usage des sols. Toutefois, des données plus fines que celles de l'OCS GE et en « open data » font défaut aux territoires pour développer des usages au-delà du suivi de l'artificialisation via l'OCS GE.",
                "En charge de la production de ce référentiel, l'IGN utilise des processus à base d'intelligence artificielle dont il résulte des données intermédiaires (codes, annotations et cartes de prédiction). Il s'est révélé nécessaire de valoriser ces données afin de permettre aux services de l'État et aux collectivités de les exploiter et d'approfondir l'étude des sols et de l'aménagement du territoire.",
            ],
            "needs": [
                "Des données géographiques intermédiaires sur l'occupation des sols sont susceptibles de faire émerger de nouveaux usages",
                "Afin de produire des politiques d'aménagement du territoire au niveau local, les géomaticiens, urbanistes, chefs de projet SIG ou responsables d'études environnementales doivent utiliser et croiser un grand nombre de données : données d'usage et de couverture de sol, démographiques, écologiques, etc., à des niveaux de détail différents selon les besoins.",
                "Après avoir interviewé un certain nombre d'acteurs territoriaux en charge de l'aménagement du territoire, il est apparu que les données de couverture du sol issues des processus IA de l'OCS GE (cartes de prédiction) pouvaient être un apport de données important dans la construction des politiques territoriales d'aménagement.",
            ],
            "concept": [
                "Un service de diffusion et de valorisation des données géographiques intermédiaires produites par l'IA",
                "Dans le cadre du défi ArtificIA, le prototype de Couverture du Sol par Intelligence Artificielle (CoSIA) présente et valorise les données de prédictions de couverture du sol produites grâce au modèle d'intelligence artificielle élaboré pour la production de l'OCS GE. La base de données CoSIA possède une haute résolution spatiale et une finesse sémantique pour répondre aux enjeux d'aménagement du territoire.",
                "Elle est aussi structurée pour convenir aux pratiques métiers (format, poids, intégration…) et faciliter son accessibilité. Les utilisateurs peuvent visualiser, s'informer et télécharger cette donnée sur leur territoire. Ils peuvent également faire remonter leurs propres expérimentations et présenter leurs travaux sous forme de cas d'usage pour inspirer et échanger avec les autres.",
            ],
        },
        "en": {
            "title": "ArtificIA",
            "summary": 'Putting artificial intelligence at the service of the "zero net land take" objective.',
            "host_name": "National Institute of Geographic and Forest Information (IGN)",
            "problem": [
                "Mapping land cover in finer detail",
                "As part of the Zero Net Land Take objective (ZAN), the State funds a large-scale geographic reference dataset of land cover (OCS GE), which describes how land is covered and used. Yet local authorities lack open data finer than the OCS GE to develop uses that go beyond monitoring land take.",
                "IGN, which produces this dataset, uses artificial intelligence processes that generate intermediate data (code, annotations and prediction maps). It became necessary to make the most of this data so that State services and local authorities can use it and study land and land-use planning in more depth.",
            ],
            "needs": [
                "Intermediate geographic data on land cover can give rise to new uses",
                "To produce land-use planning policies at local level, geomatics specialists, urban planners, GIS project managers and environmental study managers must use and cross-reference a large amount of data: land use and land cover, demographic and ecological data, and more, at different levels of detail depending on their needs.",
                "Interviews with local players in charge of land-use planning showed that the land cover data produced by the AI processes of the OCS GE (prediction maps) could make an important contribution to building local planning policies.",
            ],
            "concept": [
                "A service that publishes and showcases the intermediate geographic data produced by AI",
                "Within the ArtificIA challenge, the CoSIA prototype (land cover by artificial intelligence) presents and showcases the land cover predictions produced by the artificial intelligence model built for the OCS GE. The CoSIA database has a high spatial resolution and a fine semantic detail that meet land-use planning needs.",
                "It is also organised to suit professional practice (format, file size, integration…) and to be easy to access. Users can view, learn about and download this data for their area. They can also share their own experiments and present their work as use cases to inspire and exchange with others.",
            ],
        },
    },
    {
        "slug": "champollion",
        "slug_en": "champollion",
        "host": "sg-ministeres-sociaux",
        "values": {},
        "url": "https://eig.etalab.gouv.fr/defis/champollion",
        "team": [
            ("Léo Guillaume", "Data engineer"),
            ("Margot Cosson", "Data scientist"),
            ("Sara Bourdon", "Développeuse"),
        ],
        "fr": {
            "title": "Champollion",
            "summary": "Rendre intelligibles et valoriser dans la pratique les données de la déclaration sociale nominative.",
            "host_name": "Secrétariat général des ministères chargés des affaires sociales",
            "problem": [
                "Les contrôles des inspecteurs du travail en matière de travail précaire sont chronophages et complexes",
                "Les inspecteurs du travail ont pour mission de lutter contre la fraude aux contrats précaires. En effet, les CDD et les contrats d'intérim ne doivent en aucun cas pourvoir à l'activité normale et permanente d'une entreprise. Pourtant, les contrôles en matière de contrats précaires dans les entreprises sont chronophages, fastidieux et incertains puisqu'il leur faut collecter les informations, croiser et analyser toutes les données et cibler les entreprises à contrôler.",
            ],
            "needs": [
                "Les données de la Déclaration Sociale Nominative (DSN) pourraient être exploitées à des fins opérationnelles",
                "La DSN est un formulaire envoyé à l'État tous les mois par les 2,5 millions d'employeurs publics et privés en France. Il contient des informations sur chacun de leurs salariés en ce qui concerne leurs contrats, leurs statuts, leurs lieux de travail, leurs rémunérations et leurs arrêts. Ces données ne sont encore que peu exploitées par les directions métier des ministères sociaux. En particulier, elles se révèleraient précieuses pour la lutte contre la fraude aux contrats précaires.",
            ],
            "concept": [
                "Un outil d'aide au diagnostic et au ciblage d'entreprises sur la thématique du travail précaire",
                "L'outil Champollion à destination des inspecteurs du travail comprend trois volets : une mise à disposition de données nominatives sur les contrats de travail de chaque entreprise ; un moteur de règles pour calculer les éventuelles infractions aux contrats précaires ; enfin, un ciblage d'établissements à risque élevé de fraude.",
                "Au-delà de l'outil, Champollion c'est également une interface de programmation d'application (API) qui donnera accès aux données fiabilisées de la DSN pour d'autres cas d'usage opérationnels des directions métiers.",
            ],
        },
        "en": {
            "title": "Champollion",
            "summary": "Making the data of the nominative social declaration understandable and useful in practice.",
            "host_name": "General Secretariat of the ministries for social affairs",
            "problem": [
                "Labour inspectors' checks on precarious work are time-consuming and complex",
                "Labour inspectors are tasked with fighting the misuse of precarious contracts: fixed-term and temporary agency contracts must never be used to fill a company's normal, permanent activity. Yet checking precarious contracts in companies is time-consuming, tedious and uncertain, because inspectors have to collect the information, cross-reference and analyse all the data, and choose which companies to inspect.",
            ],
            "needs": [
                "The data of the nominative social declaration (DSN) could be put to operational use",
                "The DSN is a form sent to the State every month by France's 2.5 million public and private employers. It holds information on each employee's contracts, status, workplace, pay and leave. This data is still little used by the operational directorates of the social affairs ministries, although it would be particularly valuable in fighting the misuse of precarious contracts.",
            ],
            "concept": [
                "A tool that helps labour inspectors diagnose and target companies on precarious work",
                "The Champollion tool for labour inspectors has three parts: access to named data on each company's employment contracts; a rules engine that computes possible breaches of the rules on precarious contracts; and a targeting of establishments at high risk of fraud.",
                "Beyond the tool, Champollion is also an application programming interface (API) that will give access to verified DSN data for other operational uses by the ministries' directorates.",
            ],
        },
    },
    {
        "slug": "ecospheres",
        "slug_en": "ecospheres",
        "host": "cgdd",
        "values": {"open_data": True},
        "url": "https://eig.etalab.gouv.fr/defis/ecospheres",
        "team": [
            ("Gabriel Riposte", "Développeur"),
            ("Martin Cahen", "Designer"),
            ("Vincent Aït-Ammar", "Data scientist"),
        ],
        "fr": {
            "title": "Écosphère(s)",
            "summary": "Développer l'écosystème de la donnée de la transition écologique et de la cohésion des territoires.",
            "host_name": "Commissariat général au développement durable (CGDD)",
            "problem": [
                "Faciliter l'accès aux données environnementales utiles pour accompagner la mise en œuvre des politiques publiques",
                "Le pôle ministériel de la transition écologique voit ses données réparties dans plus d'une cinquantaine de catalogues. À ce jour, on dénombre 130 plateformes territoriales de données géographiques en France.",
                "Un des défis réside dans la découvrabilité des données. En raison de leur masse et de leur dispersion sur différentes plateformes et systèmes, il devient difficile de trouver et d'accéder aux données pertinentes.",
                "Un autre défi majeur rencontré est l'hétérogénéité de la qualité des métadonnées : elle peut entraîner des difficultés dans la recherche, l'interprétation et la cohérence des données, affectant ainsi la prise de décision.",
            ],
            "needs": [
                "« Je ne souhaite pas avoir accès à 30 000 jeux de données, je veux la donnée dont j'ai besoin au moment où j'en ai besoin »",
                "La réutilisation de données au service des politiques publiques est rendue difficile par une découvrabilité complexe. Celle-ci est fortement limitée par la dispersion des données entre les multiples plateformes et portails existants.",
                "Le partage de la connaissance des données utiles n'est aujourd'hui pas un acquis, même si des initiatives ministérielles en ce sens commencent à voir le jour. Au sein de l'administration et de la société civile, nous constatons de nombreuses tentatives non pérennes et onéreuses de cartographies de données.",
                "En outre, les entités productrices n'ont pas de visibilité sur la réutilisation des données ouvertes. Et les cas d'usage en lien avec les politiques du ministère nécessitent une mobilisation de données au-delà du périmètre du pôle ministériel.",
            ],
            "concept": [
                "Des bouquets de données répondant à des politiques publiques et adossés à la plateforme data.gouv.fr",
                "Écosphère(s) est un guichet de données permettant d'identifier les données utiles à l'appui des politiques publiques grâce à une entrée dans les données par cas d'usage. Sur chaque territoire, sont documentés des bouquets de données de manière collaborative et pérenne.",
                "Dans l'optique de réduire la fragmentation de l'écosystème et de consolider la position de data.gouv.fr en tant que plateforme ouverte des données publiques françaises, Écosphère(s) a vocation à s'intégrer à celle-ci.",
            ],
        },
        "en": {
            "title": "Écosphère(s)",
            "summary": "Growing the data ecosystem of the ecological transition and territorial cohesion.",
            "host_name": "General Commission for Sustainable Development (CGDD)",
            "problem": [
                "Making it easier to reach the environmental data that supports the delivery of public policies",
                "The data of the ministerial cluster for the ecological transition is spread across more than fifty catalogues. France currently has 130 local geographic data platforms.",
                "One challenge is discoverability. Because there is so much data, scattered across different platforms and systems, finding and accessing the relevant data becomes difficult.",
                "Another major challenge is the uneven quality of metadata: it can make data harder to search, interpret and keep consistent, and so affects decision-making.",
            ],
            "needs": [
                '"I don\'t want access to 30,000 datasets, I want the data I need when I need it"',
                "Reusing data for public policies is made difficult by poor discoverability, which is severely limited by the spread of data across many platforms and portals.",
                "Sharing knowledge about useful data is not yet a given, even though ministerial initiatives are starting to appear. Within government and civil society, we see many costly attempts to map data that do not last.",
                "Moreover, the bodies that produce data cannot see how their open data is reused. And the use cases linked to the ministry's policies need data from beyond the ministerial cluster.",
            ],
            "concept": [
                "Data bundles that answer public policy needs, built on the data.gouv.fr platform",
                "Écosphère(s) is a data desk that helps identify the data that supports public policies, with an entry into the data by use case. In each area, data bundles are documented collaboratively and for the long term.",
                "To reduce the fragmentation of the ecosystem and strengthen data.gouv.fr as the open platform for French public data, Écosphère(s) is meant to become part of it.",
            ],
        },
    },
    {
        "slug": "estim-action",
        "slug_en": "estim-action",
        "host": "cerema",
        "values": {},
        "url": "https://eig.etalab.gouv.fr/defis/estim-action",
        "team": [("Jérémie Letonnelier", "Data engineer"), ("Marion Caron", "Designer")],
        "fr": {
            "title": "Estim'Action",
            "summary": "Aider les collectivités à réduire les nuisances routières, sources de pollution atmosphérique et sonore.",
            "host_name": "Cerema",
            "problem": [
                "L'impact des nuisances est difficile à prendre en compte de façon systématique",
                "L'objectif du défi, depuis sa genèse, est d'accompagner les collectivités territoriales dans la réduction des nuisances sur leur territoire : bruit, mauvaise qualité de l'air… Au fil de nos discussions avec les collectivités territoriales, nous avons constaté que l'impact de ces nuisances sur la santé était un sujet d'actualité, la fameuse « santé environnement », mais qui demeurait difficile à apprivoiser et à prendre en compte systématiquement dans les politiques publiques.",
            ],
            "needs": [
                "Les données de santé environnement sont éparpillées et l'accès à leur mise à jour n'est pas évident",
                "La première étape pour intégrer la santé environnement dans les politiques menées consiste généralement à dresser un diagnostic du territoire sur ces thématiques. Les agent(e)s rencontré(e)s au sein des collectivités territoriales nous ont permis de faire émerger trois problématiques principales rencontrées lors de la création de ce diagnostic :",
                UL(
                    "les données relatives à la santé environnementale sont produites par différents acteurs et sont donc éparpillées ;",
                    "il n'est pas toujours simple de savoir quelle est la donnée la plus à jour ;",
                    "des diagnostics ont déjà été réalisés mais cela prend beaucoup de temps, et le livrable est généralement un PDF statique qui devient rapidement obsolète.",
                ),
            ],
            "concept": [
                "Un tableau de bord des effets des nuisances sur la santé dans les territoires",
                "Estim'Action est un tableau de bord numérique qui permet aux collectivités de centraliser des données pour dresser un diagnostic santé environnement de leur territoire. L'idée est de quantifier et qualifier les effets des nuisances sur la santé : d'une part, faire savoir combien de personnes sont concernées par chacune des nuisances, d'autre part, rendre compte des impacts potentiels de celles-ci sur la santé des personnes exposées.",
            ],
        },
        "en": {
            "title": "Estim'Action",
            "summary": "Helping local authorities reduce road nuisances, a source of air and noise pollution.",
            "host_name": "Cerema",
            "problem": [
                "The impact of nuisances is hard to take into account systematically",
                'From the start, the aim of the challenge has been to help local authorities reduce nuisances in their area: noise, poor air quality… Talking with local authorities, we found that the health impact of these nuisances, so-called "environmental health", was a topical issue, yet one that remained hard to grasp and to build systematically into public policies.',
            ],
            "needs": [
                "Environmental health data is scattered and its updates are hard to get",
                "The first step in building environmental health into policies is usually a diagnosis of the area on these topics. The local authority staff we met helped us bring out three main problems they face when producing this diagnosis:",
                UL(
                    "environmental health data is produced by different bodies and is therefore scattered;",
                    "it is not always easy to know which data is the most recent;",
                    "diagnoses have already been made but they take a long time, and the deliverable is usually a static PDF that quickly goes out of date.",
                ),
            ],
            "concept": [
                "A dashboard of the health effects of nuisances in each area",
                "Estim'Action is a digital dashboard that lets local authorities bring data together to produce an environmental health diagnosis of their area. The idea is to measure and describe the health effects of nuisances: on the one hand, how many people are affected by each nuisance; on the other, what their potential impact is on the health of the people exposed.",
            ],
        },
    },
    {
        "slug": "etat-bas-carbone",
        "slug_en": "low-carbon-state",
        "host": "cgdd",
        "values": {},
        "url": "https://eig.etalab.gouv.fr/defis/etat-bas-carbone",
        "team": [("Abdelkader Kersani", "Développeur"), ("Charlotte Suaud", "Data scientist")],
        "fr": {
            "title": "État bas carbone",
            "summary": "Soutenir les services de l'État dans la réduction de leur empreinte carbone.",
            "host_name": "Commissariat général au développement durable (CGDD)",
            "problem": [
                "La capacité à produire le bilan d'émissions de gaz à effet de serre (BEGES) est essentielle à l'établissement du plan de réduction",
                "Les services de l'État se heurtent à de réelles difficultés dans la réalisation de leurs bilans d'émissions de gaz à effet de serre (BEGES). Moins de la moitié des administrations effectuent actuellement leur BEGES ; les BEGES réalisés sont de qualité hétérogène ; aucune vision consolidée n'est disponible par pôle ministériel, préfecture ou pour l'ensemble des services de l'État.",
                "Ces difficultés s'expliquent par la complexité de la collecte et de l'exploitation des données requises, par la charge de pilotage et les coûts élevés liés au recours à des prestataires externes, ainsi que par le manque de ressources dédiées à la mise en œuvre d'une stratégie de décarbonation.",
            ],
            "needs": [
                "Sans outil numérique, il est impossible pour la majorité des services de l'État de réaliser leurs BEGES, et donc d'initier un plan de transition",
                "Les rencontres avec les représentant(e)s des ministères et des administrations ont confirmé le besoin d'un outil numérique qui permette de centraliser la collecte des données et d'homogénéiser la méthodologie appliquée pour calculer les BEGES. Le développement et le déploiement d'un tel outil doit permettre aux administrations de se concentrer davantage sur les plans de transition.",
                "Il est également exprimé un besoin, au niveau de l'État, de pouvoir établir un BEGES agrégé à différentes mailles (pôles ministériels, préfectures, ensemble des services de l'État), pour faciliter les travaux de planification écologique et mettre en œuvre la politique prioritaire du gouvernement : un État exemplaire en matière de développement durable.",
            ],
            "concept": [
                "Une application Web qui permet aux différents services de l'État de calculer leurs BEGES",
                "L'application Web « État bas carbone » a été essentiellement conçue pour répondre aux besoins des correspondant(e)s des Services publics écoresponsables (SPE), en leur permettant de réaliser et de suivre le BEGES de leur pôle ministériel ou de leur préfecture.",
                "Cet outil permet la collecte automatisée de l'ensemble des données nécessaires à l'établissement des BEGES, de façon centralisée à l'échelle interministérielle, ainsi que la réalisation des calculs, conformément à une méthodologie harmonisée et transparente, et la publication des résultats à différentes mailles.",
            ],
        },
        "en": {
            "title": "Low-carbon State",
            "summary": "Helping State services reduce their carbon footprint.",
            "host_name": "General Commission for Sustainable Development (CGDD)",
            "problem": [
                "Being able to produce the greenhouse gas emissions report (BEGES) is essential to drawing up a reduction plan",
                "State services face real difficulties in producing their greenhouse gas emissions reports (BEGES). Fewer than half of administrations currently produce one; the reports that exist vary in quality; and no consolidated view is available per ministerial cluster, per prefecture or for State services as a whole.",
                "These difficulties come from the complexity of collecting and processing the data required, from the management workload and high cost of using external consultants, and from a lack of resources dedicated to a decarbonisation strategy.",
            ],
            "needs": [
                "Without a digital tool, most State services cannot produce their BEGES, and so cannot start a transition plan",
                "Meetings with representatives of ministries and administrations confirmed the need for a digital tool that centralises data collection and harmonises the method used to calculate the BEGES. Developing and rolling out such a tool should let administrations focus more on their transition plans.",
                "There is also a need, at State level, to produce a BEGES aggregated at different levels (ministerial clusters, prefectures, all State services) to support ecological planning and deliver the government's priority policy: a State that sets the example in sustainable development.",
            ],
            "concept": [
                "A web application that lets State services calculate their BEGES",
                'The "Low-carbon State" web application was designed mainly for the correspondents of the Eco-responsible Public Services programme (SPE), so that they can produce and monitor the BEGES of their ministerial cluster or prefecture.',
                "The tool automates the collection of all the data needed for the BEGES, centrally and across ministries, performs the calculations with a harmonised and transparent method, and publishes the results at different levels.",
            ],
        },
    },
    {
        "slug": "geocommuns",
        "slug_en": "geocommons",
        "host": "ign",
        "values": {"open_data": True},
        "url": "https://eig.etalab.gouv.fr/defis/geocommuns",
        "team": [
            ("Line Gallen", "Designer"),
            ("Maxime Allain", "Développeur"),
            ("Quentin Bouillaguet", "Développeur"),
        ],
        "fr": {
            "title": "Géocommuns",
            "summary": "Représenter et valoriser à façon les géocommuns numériques.",
            "host_name": "Institut national de l'information géographique et forestière (IGN)",
            "problem": [
                "La représentation en 2D de phénomènes complexes n'est parfois pas suffisante pour être comprise et interprétée",
                "Les directions départementales des territoires (DDT) contribuent à la prévention des risques d'inondation. Pour ce faire, elles disposent de données cartographiques et d'informations géographiques précieuses. Cependant, leur représentation en deux dimensions (2D) ne permet pas toujours de rendre parfaitement intelligibles des éléments majeurs tels que les reliefs, les dynamiques ou les hauteurs d'eau sur un bâtiment.",
            ],
            "needs": [
                "Visualiser la donnée en 3D permet de mieux la comprendre",
                "Au sein des services déconcentrés de l'État, les agent(e)s ont besoin de rendre accessibles les informations produites. Les responsables inondation doivent pouvoir présenter les scénarios sous plusieurs angles pour permettre aux élu(e)s de prendre des décisions, qui incluent les plans de prévention ou l'aménagement des territoires.",
                "Les agent(e)s confirment la valeur ajoutée de la 3D pour ces missions. Or les moyens mis à leur disposition ne permettent pas toujours d'accéder facilement à ce type de visualisation.",
            ],
            "concept": [
                "Un outil en ligne de visualisation 3D d'une inondation potentielle",
                "Observateur du territoire national en continu, l'IGN dispose de ressources stratégiques pour accompagner les acteurs publics dans la valorisation de données clés et répondre à des besoins multiples.",
                "Dans le cadre du défi EIG autour des géocommuns numériques, le service Inondata est un visualisateur 3D disponible en ligne, qui permet de visualiser les hauteurs et dynamiques d'eau d'une inondation potentielle par rapport à la description d'un territoire fournie par la donnée LiDAR HD. Les agent(e)s des unités de prévention des risques des DDT disposent d'un support de communication en 3D pour mieux échanger et aider à la compréhension du risque.",
            ],
        },
        "en": {
            "title": "Geocommons",
            "summary": "Representing and showcasing the digital geographic commons, tailored to each need.",
            "host_name": "National Institute of Geographic and Forest Information (IGN)",
            "problem": [
                "A 2D representation of complex phenomena is sometimes not enough to understand and interpret them",
                "Departmental directorates for territories (DDT) help prevent flood risks. To do so, they hold valuable maps and geographic information. However, showing them in two dimensions (2D) does not always make key elements fully clear, such as relief, water dynamics or the height of water on a building.",
            ],
            "needs": [
                "Seeing data in 3D makes it easier to understand",
                "In the State's local services, staff need to make the information they produce accessible. Flood risk managers must be able to present scenarios from several angles so that elected officials can take decisions, including prevention plans and land-use planning.",
                "Staff confirm the added value of 3D for these tasks. But the means at their disposal do not always give them easy access to this kind of visualisation.",
            ],
            "concept": [
                "An online tool for 3D visualisation of a potential flood",
                "As the continuous observer of the national territory, IGN has strategic resources to help public bodies make the most of key data and meet many needs.",
                "In the EIG challenge on digital geographic commons, the Inondata service is an online 3D viewer that shows the water heights and dynamics of a potential flood against the description of an area given by LiDAR HD data. Staff of the DDT risk prevention units get a 3D communication aid to discuss the risk and help people understand it.",
            ],
        },
    },
    {
        "slug": "nubonyxia",
        "slug_en": "nubonyxia",
        "host": "sg-ministeres-economiques",
        "values": {"open_source": True},
        "url": "https://eig.etalab.gouv.fr/defis/nubonyxia",
        "team": [("Paul Moysan", "Data engineer"), ("Quentin Chichery", "Data scientist")],
        "fr": {
            "title": "Nubonyxia",
            "summary": "Sécuriser et faciliter l'intelligence des données économiques et financières sensibles.",
            "host_name": "Secrétariat général des ministères économiques et financiers",
            "problem": [
                "Beaucoup de data scientists de l'État ne disposent pas des outils adaptés pour valoriser des données sensibles",
                "Lorsqu'il s'agit de données sensibles (telles que les données fiscales, les décisions de justice ou les archives de cabinet), la valorisation de ces données (data visualisation, algorithmes) par les agent(e)s est freinée voire bloquée pour des raisons de sécurité.",
                "Beaucoup de data scientists au sein de l'État n'ont pas d'outils de travail adaptés et ont recours à des ordinateurs hors inventaires et réseaux de l'administration sur lesquels elles et ils peuvent installer les outils nécessaires pour travailler. Un certain nombre utilise des solutions d'échanges de fichiers plus ou moins sécurisées (clés USB, disques durs, transfert numérique).",
            ],
            "needs": [
                "L'absence d'infrastructure actuelle est un frein à l'innovation",
                "Les entretiens utilisateurs avec des ingénieur(e)s en sciences de la donnée ont fait émerger plusieurs besoins : mise à disposition d'outils de travail (logiciels, langages de programmation, librairies), ressources de calcul pour accélérer des traitements ou manipuler de larges volumes de données, et possibilité de déployer des applications pour permettre des allers-retours plus rapides avec les métiers.",
            ],
            "concept": [
                "Une plateforme mutualisée et sécurisée de services de data science à la demande",
                "Pour les data scientists de l'État, qui ont besoin d'outils de travail et de pouvoir manipuler de la donnée à caractère confidentiel avec un niveau de sécurité adapté, Nubonyxia est une plateforme cloud de services de data science, offrant un environnement de travail numérique intégré dans un navigateur accessible par un réseau souverain séparé d'Internet.",
                "Le produit intègre Onyxia, porté par l'INSEE (interface utilisateur open source de services de data science lançables à la demande), et Nubo, porté par la DGFiP (un des deux clouds souverains de l'État).",
            ],
        },
        "en": {
            "title": "Nubonyxia",
            "summary": "Making the analysis of sensitive economic and financial data secure and easier.",
            "host_name": "General Secretariat of the economic and financial ministries",
            "problem": [
                "Many State data scientists lack the right tools to make use of sensitive data",
                "When data is sensitive (tax data, court decisions or ministerial office archives, for example), staff are slowed down or even prevented from using it (data visualisation, algorithms) for security reasons.",
                "Many data scientists in government lack suitable tools and turn to computers outside the administration's inventory and networks, on which they can install what they need. Some use more or less secure ways of exchanging files (USB sticks, hard drives, online transfers).",
            ],
            "needs": [
                "The current lack of infrastructure holds innovation back",
                "User interviews with data science engineers brought out several needs: working tools (software, programming languages, libraries), computing resources to speed up processing or handle large volumes of data, and the ability to deploy applications for faster back-and-forth with business teams.",
            ],
            "concept": [
                "A shared, secure platform of on-demand data science services",
                "For State data scientists, who need working tools and must handle confidential data with the right level of security, Nubonyxia is a cloud platform of data science services offering an integrated digital workspace in a browser, reached through a sovereign network separate from the Internet.",
                "The product brings together Onyxia, led by INSEE (an open source user interface for on-demand data science services), and Nubo, led by the DGFiP (one of the State's two sovereign clouds).",
            ],
        },
    },
    {
        "slug": "optiflex",
        "slug_en": "optiflex",
        "host": "commissariat-des-armees",
        "values": {},
        "url": "https://eig.etalab.gouv.fr/defis/optiflex",
        "team": [
            ("Anthony Taing", "Data engineer"),
            ("Clara Carneiro Alves", "Designer"),
            ("Sophie Topart", "Développeuse"),
        ],
        "fr": {
            "title": "OptiFlex",
            "summary": "Repenser les modes de travail au service de la qualité de vie et de la maîtrise de l'empreinte environnementale.",
            "host_name": "Commissariat des armées",
            "problem": [
                "Des espaces de travail à repenser pour améliorer l'expérience des agents et répondre aux enjeux du futur",
                "La crise sanitaire a accéléré l'émergence de nouvelles habitudes de travail et réinterrogé les notions de bureaux attribués, de vacance des espaces de travail, de recherche d'espaces de formation, de convivialité, possiblement sur d'autres sites que le siège. La crise énergétique, les enjeux d'attractivité et de rétention des talents et la question de la santé mentale ont aussi contribué à remettre en perspective l'aménagement et la gestion de nos espaces de travail.",
                "Les agents aspirent à plus de confort au bureau, plus de partage pendant leur temps de présence. Rationaliser les mètres carrés et baisser leur impact environnemental est essentiel. Comment repenser l'aménagement, la gestion et les usages des espaces de travail ?",
            ],
            "needs": [
                "Améliorer l'expérience de travail des agents ne passe pas seulement par le réaménagement des espaces de travail",
                "L'intelligence collective est au cœur de l'amélioration de l'expérience de travail des agents. Avant même d'imaginer un réaménagement ou de transformer des espaces, il est essentiel de sensibiliser les équipes, les intégrer dans la réflexion, en faire des ambassadeurs du changement, un levier puissant de reconnaissance. C'est aussi l'opportunité de recueillir leurs difficultés au quotidien et de les résoudre, en réaménageant leurs bureaux et en proposant de nouveaux modes de fonctionnement collectifs.",
                "En outre, pour assurer l'homogénéisation des pratiques et faciliter l'autonomie des agents, la conception d'un service numérique est la bienvenue. Avec son tableau de bord et son interface à destination des gestionnaires, il est aussi la clé pour assurer une meilleure gestion du foncier.",
            ],
            "concept": [
                "Une offre de services OptiFlex pour accompagner le réaménagement des espaces de travail et le déploiement du service numérique Nomad de réservation et de gestion",
                "Notre périmètre d'expérimentation est le ministère des Armées. Plusieurs espaces de travail y sont repensés grâce à des ateliers de co-design, de « space planning », ainsi qu'au design des espaces et au suivi des chantiers. Nous y déployons des espaces de « coworking » accessibles pour les agents et les partenaires extérieurs. Nous finalisons aussi la conception du service numérique Nomad.",
                "Les agents pourront ainsi mettre à disposition des autres agents leur propre bureau en signalant leurs journées d'absence et de télétravail. Le recueil et l'analyse des données permettront d'optimiser l'occupation des espaces et de rationaliser les commandes de restauration. Nomad a obtenu un score d'éco-conception de 77 % : nous souhaitons l'améliorer pas à pas.",
            ],
        },
        "en": {
            "title": "OptiFlex",
            "summary": "Rethinking ways of working for a better quality of life and a smaller environmental footprint.",
            "host_name": "Armed Forces Commissariat",
            "problem": [
                "Workspaces need rethinking to improve the staff experience and meet the challenges ahead",
                "The health crisis sped up new working habits and called into question assigned desks, empty workspaces, the search for training rooms and for places to meet, possibly on sites other than headquarters. The energy crisis, the need to attract and keep talent and the question of mental health have also put the layout and management of our workspaces in a new light.",
                "Staff want more comfort at the office and more time together when they are on site. Reducing floor space and its environmental impact is essential. How can we rethink the layout, management and use of workspaces?",
            ],
            "needs": [
                "Improving the staff's working experience takes more than refitting workspaces",
                "Collective intelligence is at the heart of a better working experience. Before even imagining a refit or transforming spaces, it is essential to raise awareness in the teams, involve them in the thinking and make them ambassadors of change, a powerful source of recognition. It is also a chance to hear about their daily difficulties and solve them, by refitting their offices and proposing new ways of working together.",
                "In addition, a digital service is welcome to harmonise practices and make staff more autonomous. With its dashboard and its interface for facility managers, it is also the key to better property management.",
            ],
            "concept": [
                "An OptiFlex service offer to support the refitting of workspaces and the roll-out of Nomad, a digital booking and management service",
                "Our testing ground is the Ministry of the Armed Forces. Several workspaces there are being redesigned through co-design and space planning workshops, interior design and site follow-up. We are opening coworking spaces for staff and outside partners, and finishing the design of the Nomad digital service.",
                "Staff will be able to offer their own desk to colleagues by stating their days of absence and remote work. Collecting and analysing the data will help optimise the use of space and streamline catering orders. Nomad reached an eco-design score of 77%: we want to improve it step by step.",
            ],
        },
    },
    {
        "slug": "pilote-intelligence",
        "slug_en": "pilote-intelligence",
        "host": "ditp",
        "values": {},
        "url": "https://eig.etalab.gouv.fr/defis/pilote-intelligence",
        "team": [("Adrien Laville", "Designer")],
        "fr": {
            "title": "Pilote Intelligence",
            "summary": "Faciliter et animer le pilotage des politiques publiques à toutes les mailles territoriales.",
            "host_name": "Direction interministérielle de la transformation publique (DITP)",
            "problem": [
                "La mise en œuvre des politiques prioritaires nécessite des efforts de déploiement et de mise en cohérence",
                "Créé suite à la circulaire du Premier ministre du 18 novembre 2020, PILOTE a pour objectif d'améliorer le pilotage des politiques prioritaires en assurant un suivi régulier de leurs résultats dans les territoires. Le dispositif est composé de deux volets.",
                "D'une part, des responsables nationaux et locaux sont chargés de définir des cibles et d'atteindre des résultats pour chaque politique prioritaire. L'atteinte de ces résultats fait l'objet de réunions interministérielles de suivi qui permettent de mettre en cohérence les différents objectifs et de réaliser des arbitrages.",
                "D'autre part, un outil numérique permet de suivre et de commenter les résultats obtenus (sous la forme de taux d'avancement de différents indicateurs) aux échelles nationale, régionale et départementale.",
            ],
            "needs": [
                "La qualité des indicateurs et des données est un prérequis au pilotage",
                "Pour faire fonctionner ce dispositif, il est demandé aux ministères de renseigner des indicateurs et des données, et aux préfets ainsi qu'aux services déconcentrés d'expliquer les résultats sur leurs territoires.",
                UL(
                    "Pour les administrations centrales, ces tâches nécessitent la manipulation d'outils complexes et sont principalement perçues comme du reporting. Les données sont dès lors rarement actualisées et souffrent d'un manque d'explication.",
                    "Les services déconcentrés ont ainsi souvent l'impression de devoir commenter de mauvaises données qui ne correspondent pas à leurs sources ou aux résultats qu'ils observent sur le terrain. Ils rencontrent également des difficultés pour échanger avec les référents en administration centrale.",
                ),
            ],
            "concept": [
                "Simplifier la saisie, la recherche et la compréhension des données pour améliorer les échanges entre administrations centrales et déconcentrées",
                "La nouvelle version de PILOTE a pour objectif d'améliorer les échanges sur la mise en œuvre des politiques prioritaires entre administrations centrales et déconcentrées. Elle s'appuie sur trois évolutions :",
                OL(
                    "Rapprocher la saisie de la visualisation en intégrant des fonctionnalités de saisie des données et des commentaires qui étaient auparavant gérées par un autre outil.",
                    "Contextualiser les informations en permettant aux utilisateurs de voir la source des données, les modalités de calcul ainsi que les dates et les auteurs des mises à jour.",
                    "Rechercher quelles sont les politiques publiques en réussite et en difficulté au niveau national et par territoire via des alertes et des filtres. Les utilisateurs peuvent ensuite lire les explications et échanger sur les obstacles et leviers avec les responsables locaux.",
                ),
            ],
        },
        "en": {
            "title": "Pilote Intelligence",
            "summary": "Making it easier to steer public policies at every territorial level, and bringing people together around it.",
            "host_name": "Interministerial Directorate for Public Transformation (DITP)",
            "problem": [
                "Delivering priority policies takes effort to roll them out and keep them consistent",
                "Created following the Prime Minister's circular of 18 November 2020, PILOTE aims to improve the steering of priority policies by regularly monitoring their results in each area. The system has two parts.",
                "On the one hand, national and local managers set targets and are responsible for results for each priority policy. Progress is reviewed in interministerial follow-up meetings that align the different objectives and settle trade-offs.",
                "On the other hand, a digital tool lets people follow and comment on the results achieved (as progress rates of various indicators) at national, regional and departmental level.",
            ],
            "needs": [
                "Good indicators and data are a prerequisite for steering",
                "For the system to work, ministries are asked to fill in indicators and data, and prefects and local State services to explain the results in their areas.",
                UL(
                    "For central administrations, these tasks require complex tools and are mostly seen as reporting. The data is therefore rarely updated and lacks explanation.",
                    "Local services often feel they have to comment on wrong data that does not match their sources or the results they see on the ground. They also find it hard to talk with their contacts in central administration.",
                ),
            ],
            "concept": [
                "Making data easier to enter, search and understand, to improve exchanges between central and local administrations",
                "The new version of PILOTE aims to improve exchanges on the delivery of priority policies between central and local administrations. It rests on three changes:",
                OL(
                    "Bringing data entry closer to visualisation, by including the data and comment entry features that used to live in another tool.",
                    "Putting information in context, by letting users see the source of the data, how it is calculated, and when and by whom it was updated.",
                    "Finding which public policies are succeeding or struggling, nationally and by area, through alerts and filters. Users can then read the explanations and discuss obstacles and levers with local managers.",
                ),
            ],
        },
    },
    {
        "slug": "recens-smart",
        "slug_en": "recens-smart",
        "host": "insee",
        "values": {"accessible": True},
        "url": "https://eig.etalab.gouv.fr/defis/recens-smart",
        "team": [("Julia Dirand", "Designer"), ("Matthew Clark", "Développeur")],
        "fr": {
            "title": "Recens'smart",
            "summary": "Améliorer le processus et rehausser la qualité du recensement au service d'une meilleure connaissance de la population.",
            "host_name": "Institut national de la statistique et des études économiques (INSEE)",
            "problem": [
                "Le manque d'accessibilité et d'ergonomie des questionnaires Internet des enquêtes empêche une partie des personnes concernées d'y répondre",
                "71 % des personnes ont répondu par Internet à l'enquête de recensement de la population en 2023, c'est presque 11 points de plus qu'en 2020. Le passage du questionnaire sur Internet a permis la diminution du volume total des questionnaires papier du recensement de 45 % entre 2016 et 2022. Les acteurs du recensement ont vu leurs travaux transformés.",
                "Cependant, l'ergonomie et l'accessibilité du questionnaire par Internet ne sont pas encore assez développées pour recueillir la réponse de tous les publics. Cela est préjudiciable pour certaines populations plus difficiles à atteindre, notamment les jeunes, les populations des DOM ou les personnes en situation de handicap.",
            ],
            "needs": [
                "Améliorer la qualité des données collectées afin de contribuer à une meilleure connaissance de la population",
                "Améliorer l'expérience de réponse des questionnaires Internet des enquêtes de l'Insee permettrait à de nouvelles populations de répondre sur Internet. Cela peut réduire la non-réponse partielle grâce à un nouveau parcours dans les questionnaires Internet, et ainsi améliorer la qualité des données collectées et réduire leurs traitements.",
            ],
            "concept": [
                "Un questionnaire numérique accessible, sous la marque de l'État, pour améliorer les enquêtes de l'Insee",
                "L'outil Recens'smart génère les questionnaires Internet des enquêtes de l'Insee. Cette version sera utilisée pour l'enquête de recensement de la population à partir de 2024 et pour tous les questionnaires Internet des futures enquêtes de l'Insee.",
                "Grâce à une mutualisation des connaissances et une collaboration transversale, Recens'smart a permis de rendre les questionnaires Internet accessibles et compatibles tous supports avec la marque de l'État, qui rassure les répondants. L'harmonisation de la conception des enquêtes permettra une optimisation de la collecte et du traitement des données pour refléter au mieux les caractéristiques de la population et permettre aux acteurs de prendre des décisions politiques adaptées.",
            ],
        },
        "en": {
            "title": "Recens'smart",
            "summary": "Improving the census process and raising its quality for a better knowledge of the population.",
            "host_name": "National Institute of Statistics and Economic Studies (INSEE)",
            "problem": [
                "Online survey questionnaires that lack accessibility and usability keep some of the people concerned from answering",
                "In 2023, 71% of people answered the population census online, almost 11 points more than in 2020. Moving the questionnaire online cut the total volume of paper census questionnaires by 45% between 2016 and 2022, and changed the work of everyone involved in the census.",
                "However, the usability and accessibility of the online questionnaire are not yet good enough to collect answers from everyone. This is harmful for some groups that are harder to reach, in particular young people, people in the overseas departments and people with disabilities.",
            ],
            "needs": [
                "Improving the quality of the data collected, for a better knowledge of the population",
                "A better answering experience in Insee's online survey questionnaires would let new groups answer online. A new path through the questionnaires can reduce partial non-response, and so improve the quality of the data collected and reduce the processing it needs.",
            ],
            "concept": [
                "An accessible online questionnaire, under the State brand, to improve Insee's surveys",
                "The Recens'smart tool generates the online questionnaires of Insee's surveys. This version will be used for the population census from 2024 and for all the online questionnaires of Insee's future surveys.",
                "By pooling knowledge and working across teams, Recens'smart made the online questionnaires accessible and usable on every device, under the State brand, which reassures respondents. Harmonising survey design will optimise data collection and processing so that the data best reflects the population and decision-makers can take suitable policy decisions.",
            ],
        },
    },
    {
        "slug": "sirano",
        "slug_en": "sirano",
        "host": "dgos",
        "values": {"open_data": True},
        "url": "https://eig.etalab.gouv.fr/defis/sirano",
        "team": [("Abdelali Boulajine", "Développeur"), ("Zhanna Santybayeva", "Data engineer")],
        "fr": {
            "title": "SIRANo",
            "summary": "Améliorer la transparence et le suivi des projets financés de recherche appliquée en santé.",
            "host_name": "Direction générale de l'offre de soins (DGOS)",
            "problem": [
                "Le manque de structuration des données et leur centralisation ralentissent le suivi et retardent le financement",
                "Le manque d'automatisation dans le traitement et l'exploitation des données administratives et scientifiques des projets de recherche appliquée en santé s'explique entre autres par la coexistence de divers outils et méthodes de gestion.",
                "Il induit de nombreuses contraintes : une perte de temps pour les équipes sur le suivi manuel et un délai dans le versement des financements, une communication complexe et un manque de transparence à l'égard des acteurs, ainsi que la difficulté à avoir une vision globale et actualisée des projets et thématiques de recherche financés à un instant T.",
            ],
            "needs": [
                "La gestion et le traitement manuel du suivi des projets rendent difficile l'accès simplifié à une donnée à jour",
                "Près de 4 000 projets sont déjà suivis, ce qui constitue un grand stock de données et de documents non structurés et hétérogènes en termes de format. Le premier volet du projet consiste donc à structurer les données existantes.",
                "Mais il s'agit aussi de structurer de nouvelles données et d'unifier les processus. En effet, le financement des projets est lié à l'atteinte de jalons, ce qui requiert l'échange d'informations et de documents à chaque stade. Toutes ces informations sont traitées et validées afin de déléguer les financements.",
                "Enfin, le projet vise à restituer toutes ces informations sous plusieurs formes (tableaux de bord, graphiques, données ouvertes…) à tous les acteurs de la recherche appliquée en santé et aux citoyen(ne)s.",
            ],
            "concept": [
                "Une plateforme tout-en-un de suivi et de restitution des données",
                "SIRANo est une plateforme de suivi et de restitution des données des projets de recherche appliquée en santé. Elle permet aux établissements de santé de déposer des demandes de tranche de financement à chaque jalon atteint et d'avoir plus de visibilité sur leurs demandes.",
                "Pour l'administration, la plateforme facilite et dynamise le suivi et le pilotage des projets. Elle permet ainsi d'accélérer la recherche et d'apporter plus de transparence et de lisibilité pour les acteurs et les citoyen(ne)s.",
            ],
        },
        "en": {
            "title": "SIRANo",
            "summary": "Improving the transparency and follow-up of funded applied health research projects.",
            "host_name": "Directorate General for Healthcare Provision (DGOS)",
            "problem": [
                "Unstructured, scattered data slows down follow-up and delays funding",
                "The lack of automation in processing the administrative and scientific data of applied health research projects comes, among other things, from the many management tools and methods in use side by side.",
                "It causes many problems: teams lose time on manual follow-up and funding is paid late, communication is complex and lacks transparency for the people involved, and it is hard to get an up-to-date overall view of the research projects and topics funded at any given time.",
            ],
            "needs": [
                "Managing and processing project follow-up by hand makes up-to-date data hard to reach",
                "Nearly 4,000 projects are already followed, a large stock of unstructured data and documents in many formats. The first part of the project is therefore to structure the existing data.",
                "It is also about structuring new data and unifying processes. Project funding depends on reaching milestones, which requires exchanging information and documents at every stage. All this information is processed and approved before funding is released.",
                "Finally, the project aims to give all this information back in several forms (dashboards, charts, open data…) to everyone involved in applied health research and to citizens.",
            ],
            "concept": [
                "An all-in-one platform to follow projects and publish their data",
                "SIRANo is a platform that follows applied health research projects and publishes their data. Health institutions can submit requests for a funding instalment each time they reach a milestone, and see where their requests stand.",
                "For the administration, the platform makes project follow-up and steering easier and more dynamic. It helps speed up research and brings more transparency and clarity for the people involved and for citizens.",
            ],
        },
    },
    {
        "slug": "sos-ponts",
        "slug_en": "sos-bridges",
        "host": "cerema",
        "values": {},
        "url": "https://eig.etalab.gouv.fr/defis/sos-ponts",
        "team": [("Lise Fainsilber", "Designer")],
        "fr": {
            "title": "SOS Ponts",
            "summary": "Guider les maires pas à pas dans les actions à mener pour préserver les ponts de leur commune.",
            "host_name": "Cerema",
            "problem": [
                "Les ponts constituent un sujet d'expertise pointu. Or leur entretien et leur rénovation requièrent une compréhension éclairée et opérable",
                "D'un côté, la plupart des maires ont peu de compétences sur le sujet des ponts. Elles et ils ont besoin d'informations accessibles et compréhensibles pour pouvoir entretenir et rénover leurs ponts. Les maires sont responsables du bon entretien des ponts de leur commune et leur état représente un enjeu de sécurité.",
                "De l'autre côté, les experts et expertes du Cerema répondent aux questions des communes au cas par cas, en reprenant souvent tout depuis le début. Pourtant, certains sujets sont récurrents, et des questions similaires sont parfois traitées par des personnes différentes.",
            ],
            "needs": [
                "Les maires apprécient d'avoir un contact privilégié et un outil numérique facile à utiliser pour obtenir un conseil de premier niveau (quoi, quand, comment, par qui)",
                "Il existe de nombreuses ressources sur les ponts, mais les maires n'ont pas le temps de parcourir des rapports de centaines de pages. Elles et ils ont besoin d'une réponse adaptée et de ressources ciblées sur le problème, sans devoir faire des recherches sur plusieurs sites. Plus la réponse est concrète, plus les maires passeront à l'action facilement.",
                "De leur côté, les experts et expertes du Cerema ont besoin de centraliser les questions et de rendre les réponses réutilisables. Elles et ils pourront s'appuyer sur des ressources accessibles et compréhensibles pour les maires, afin d'apporter plus facilement une réponse de qualité aux communes.",
            ],
            "concept": [
                "Un service numérique pour guider les collectivités dans l'entretien et la rénovation des ponts communaux",
                "La plateforme numérique SOS Ponts permet aux communes de poser des questions et offre une réponse accessible, humaine et fiable aux petites communes, qui ont besoin d'un conseil de premier niveau (quoi, quand, comment, par qui) pour rénover et entretenir leurs ponts communaux.",
                "Le service permet également aux expertes et experts du Cerema de centraliser les questions, de mettre à disposition des ressources, de les réutiliser et de connaître les actions mises en place par les communes à la suite de leurs recommandations.",
            ],
        },
        "en": {
            "title": "SOS Bridges",
            "summary": "Guiding mayors step by step through the actions needed to preserve their municipality's bridges.",
            "host_name": "Cerema",
            "problem": [
                "Bridges are a highly specialised field, yet maintaining and renovating them requires an informed understanding that can be acted on",
                "On the one hand, most mayors know little about bridges. They need accessible, understandable information to maintain and renovate them. Mayors are responsible for the proper upkeep of their municipality's bridges, whose condition is a safety issue.",
                "On the other hand, Cerema's experts answer municipalities' questions case by case, often starting again from scratch. Yet some topics keep coming back, and similar questions are sometimes handled by different people.",
            ],
            "needs": [
                "Mayors value having a dedicated contact and an easy digital tool for first-level advice (what, when, how, by whom)",
                "There are many resources on bridges, but mayors have no time to read reports hundreds of pages long. They need a suitable answer and resources focused on their problem, without searching several websites. The more concrete the answer, the more easily mayors will act.",
                "For their part, Cerema's experts need to gather the questions in one place and make the answers reusable. They will be able to rely on resources that mayors can access and understand, and so give municipalities a good answer more easily.",
            ],
            "concept": [
                "A digital service to guide local authorities in maintaining and renovating municipal bridges",
                "The SOS Bridges platform lets municipalities ask questions and gives small municipalities, which need first-level advice (what, when, how, by whom) to renovate and maintain their bridges, an accessible, human and reliable answer.",
                "The service also lets Cerema's experts gather the questions in one place, share and reuse resources, and learn what municipalities did after their recommendations.",
            ],
        },
    },
    {
        "slug": "twincity",
        "slug_en": "twincity",
        "host": "ministere-interieur",
        "values": {},
        "url": "https://eig.etalab.gouv.fr/defis/twincity",
        "team": [("Jehanne Dussert", "Développeuse"), ("Raphaël Couronné", "Data scientist")],
        "fr": {
            "title": "TwinCity",
            "summary": "Explorer le potentiel de l'intelligence artificielle grâce aux jumeaux numériques de villes.",
            "host_name": "Ministère de l'Intérieur",
            "problem": [
                "L'accès à des jeux de données pertinents, annotés et exploitables par les data scientists en computer vision est complexe et coûteux",
                "Au cours des différents projets réalisés au sein de la SDITN, par exemple en matière de comptage de foules, les ingénieur(e)s en sciences de la donnée du ministère de l'Intérieur et des Outre-mer, spécialisé(e)s en vision par ordinateur, se sont retrouvé(e)s confronté(e)s à des difficultés liées aux biais algorithmiques présents dans leurs modèles.",
                "Ces modèles, lorsqu'ils sont issus d'organismes externes à la SDITN, peuvent se révéler être de réelles boîtes noires dont l'entraînement et les plages d'usage ne sont pas transparents.",
            ],
            "needs": [
                "Afin d'en assurer la performance et d'en limiter les biais, les modèles d'IA doivent faire l'objet de tests à partir de jeux de données variés",
                "Grâce aux différents recueils de besoins réalisés, les EIG ont pu constater que les jeux de données accessibles ne répondent pas toujours aux besoins des data scientists en computer vision : difficultés à trouver des scènes avec les conditions météorologiques souhaitées, homogénéité des physiques des individus représentés, absence de scènes urbaines typiquement françaises et de variété dans les prises de vue des images, etc. Également, leur annotation, nécessaire à leur exploitation en computer vision, est coûteuse.",
            ],
            "concept": [
                "Un bac à sable de données synthétiques paramétrables en fonction des besoins des data scientists en computer vision",
                "TwinCity est un logiciel permettant de générer des images de scènes urbaines françaises sous différents formats pertinents en computer vision.",
                "Plus précisément, l'utilisateur ou l'utilisatrice peut visualiser des scènes parisiennes, simuler des animations (piétons, véhicules, personnes au sol), déterminer la luminosité et les conditions météorologiques souhaitées. À partir des jeux de données issus de TwinCity, le ou la data scientist est en mesure de tester les performances de son modèle et d'évaluer les biais algorithmiques existants.",
            ],
        },
        "en": {
            "title": "TwinCity",
            "summary": "Exploring the potential of artificial intelligence with digital twins of cities.",
            "host_name": "Ministry of the Interior",
            "problem": [
                "Getting relevant, annotated datasets that computer vision data scientists can use is complex and expensive",
                "During various projects at the SDITN, crowd counting for instance, the data science engineers of the Ministry of the Interior and Overseas who specialise in computer vision ran into problems caused by algorithmic bias in their models.",
                "When these models come from organisations outside the SDITN, they can turn out to be real black boxes whose training and intended uses are not transparent.",
            ],
            "needs": [
                "To ensure their performance and limit their bias, AI models must be tested on varied datasets",
                "Through their needs assessments, the EIG found that available datasets do not always meet the needs of computer vision data scientists: it is hard to find scenes with the desired weather, the people shown look too alike, and typically French urban scenes and varied camera angles are missing. Annotating the data, which computer vision requires, is also expensive.",
            ],
            "concept": [
                "A sandbox of synthetic data that computer vision data scientists can configure to their needs",
                "TwinCity is software that generates images of French urban scenes in several formats useful for computer vision.",
                "Users can view Parisian scenes, simulate movement (pedestrians, vehicles, people lying on the ground), and set the lighting and weather they want. With datasets from TwinCity, data scientists can test how their model performs and assess existing algorithmic bias.",
            ],
        },
    },
]

MORE_FR = {
    "title": "Pour en savoir plus sur ce défi",
    "text": "Le site du programme Entrepreneurs d'intérêt général présente le défi, son équipe et ses résultats.",
    "link_label": "Voir le défi sur le site du programme",
}
MORE_EN = {
    "title": "To learn more about this challenge",
    "text": "The website of the Public Interest Entrepreneurs programme presents the challenge, its team and its results (in French).",
    "link_label": "See the challenge on the programme's website",
}
