"""The run of alike records on a text page (pagetidy.records) and how the pipeline keeps it."""

import pagetidy
from pagetidy.measures import measure
from pagetidy.read.text import read_text
from pagetidy.records import anchor_shape, main_records, record_runs

MENU = ("Home", "Shop", "Kettles", "Toasters", "Sale", "Account", "Cart (0)")
PROMO = (
    "Sign up today and get ten percent off your first order, with free delivery on "
    "everything we sell across the country."
)
FOOTER = ("About us", "Careers", "Privacy policy", "© 2026 Brightware Ltd")
KETTLES = (
    ("Blue enamel kettle 1.7 l", "$24.99", "4.5 out of 5 stars (120)"),
    ("Steel whistling kettle", "$31.50", "4.1 out of 5 stars (87)"),
    ("Glass electric kettle", "$45.00", "4.7 out of 5 stars (342)"),
    ("Travel kettle, folding", "$19.95", "3.9 out of 5 stars (15)"),
    ("Copper stovetop kettle", "$89.00", "4.8 out of 5 stars (51)"),
)
MENU_DE = ("Startseite", "Küche", "Wasserkocher", "Angebote", "Mein Konto", "Warenkorb (0)")
PROMO_DE = (
    "Jetzt anmelden und zehn Prozent auf die erste Bestellung sparen, mit kostenlosem "
    "Versand auf alles, was wir im ganzen Land verkaufen."
)
FOOTER_DE = ("Über uns", "Impressum", "Datenschutz", "© 2026 Hellwerk GmbH")
KETTLES_DE = (
    ("Wasserkocher Emaille blau", "24,99 €", "4,5 von 5 Sternen (120)"),
    ("Flötenkessel aus Edelstahl", "31,50 €", "4,1 von 5 Sternen (87)"),
    ("Glas-Wasserkocher 1,7 l", "45,00 €", "4,7 von 5 Sternen (342)"),
    ("Reisewasserkocher faltbar", "19,95 €", "3,9 von 5 Sternen (15)"),
)

ARTICLE = (
    "The council voted on Monday to close the old coal plant by the end of the decade, after a "
    "long debate about jobs, prices and the air that the town breathes every single day.",
    "Workers at the plant said they had expected the decision for months, but many of them "
    "still worry about what comes next for their families and for the shops in the town.",
    "The mayor told reporters that the town would apply for national funds to retrain the "
    "workers, and that a solar farm planned on the old site could employ a third of them.",
    "Opponents of the plan argued that electricity prices would rise for everyone in the "
    "region, and they asked the council to wait until the new power line has been tested.",
    "Environmental groups welcomed the vote and said the plant had been the largest single "
    "source of air pollution in the valley, blamed for hundreds of asthma cases every winter.",
    "The company that owns the plant said it would respect the decision and would present a "
    "plan for closing it in stages, starting with the oldest of its three units next spring.",
    "Neighbouring towns are watching the vote closely, since two other plants in the valley "
    "are of the same age and face the same questions about their future and their jobs.",
    "A final vote on the timetable is expected in March, after a round of public meetings in "
    "which residents will be able to ask questions of the council and of the company.",
)
TEASERS = (
    ("Coal towns look for new jobs", "Nov 26, 2026", "Three towns share what worked for them."),
    ("Prices of power rise again", "Nov 25, 2026", "Bills went up for the third month in a row."),
    ("The port opens a new dock", "Nov 24, 2026", "The dock takes ships twice today's size."),
    ("Voters split on the plant", "Nov 23, 2026", "A poll found the town evenly divided."),
)
ARTICLE_FR = (
    "Le conseil municipal a voté lundi la fermeture de la vieille centrale à charbon d'ici la "
    "fin de la décennie, après un long débat sur les emplois, les prix et la qualité de l'air.",
    "Les ouvriers de la centrale disent qu'ils attendaient cette décision depuis des mois, mais "
    "beaucoup d'entre eux s'inquiètent encore pour leurs familles et pour les commerces.",
    "Le maire a expliqué que la ville demanderait des fonds nationaux pour former les ouvriers, "
    "et qu'une centrale solaire prévue sur l'ancien site pourrait employer un tiers d'entre eux.",
    "Les opposants au projet estiment que le prix de l'électricité augmentera pour tous les "
    "habitants de la région, et ils demandent au conseil d'attendre la nouvelle ligne.",
    "Les associations de défense de l'environnement ont salué le vote et rappelé que la "
    "centrale était la plus grande source de pollution de l'air dans toute la vallée.",
    "L'entreprise qui exploite la centrale a déclaré qu'elle respecterait la décision et "
    "qu'elle présenterait un plan de fermeture par étapes, en commençant par la plus ancienne.",
    "Les communes voisines suivent le vote de près, car deux autres centrales de la vallée ont "
    "le même âge et posent les mêmes questions sur leur avenir et sur leurs emplois.",
    "Un vote final sur le calendrier est attendu en mars, après une série de réunions publiques "
    "où les habitants pourront poser leurs questions au conseil et à l'entreprise.",
)
TEASERS_FR = (
    ("Les villes du charbon cherchent des emplois", "26 nov. 2026", "Trois villes racontent."),
    ("Le prix de l'électricité augmente encore", "25 nov. 2026", "Hausse pour le troisième mois."),
    ("Le port ouvre un nouveau quai", "24 nov. 2026", "Le quai accueille de grands navires."),
    (
        "Les électeurs divisés sur la centrale",
        "23 nov. 2026",
        "Un sondage montre une ville divisée.",
    ),
)


def dump(*lines: str) -> str:
    """A text dump with one line per block."""
    return "\n\n".join(lines)


def records_of(text: str) -> list[str]:
    """The texts of the blocks ``main_records`` finds in a dump."""
    page = read_text(text)
    found = measure(page.blocks)
    chosen = main_records(
        page.blocks,
        [found.words[block.index] for block in page.blocks],
        [block.index in found.prose for block in page.blocks],
    )
    return [block.text for block in page.blocks if block.index in chosen]


def test_anchor_shapes_read_any_currency_and_number_alike():
    assert anchor_shape("$24.99") == anchor_shape("£3.50") == anchor_shape("¥1,200")
    assert anchor_shape("24,99 €") == anchor_shape("499 ₹")
    assert anchor_shape("Nov 26, 2026") == anchor_shape("Mar 7, 2019")
    assert anchor_shape("Free delivery") is None
    assert anchor_shape(ARTICLE[0]) is None  # a paragraph is no anchor


def test_a_product_listing_is_kept_in_english_and_german():
    for menu, promo, items, footer in (
        (MENU, PROMO, KETTLES, FOOTER),
        (MENU_DE, PROMO_DE, KETTLES_DE, FOOTER_DE),
    ):
        lines = [line for item in items for line in item]
        text = dump(*menu, promo, *lines, *footer)
        assert records_of(text)[: len(lines)] == lines  # (and half a record's lead after)
        output = pagetidy.clean(text, input_format="text").text
        for line in lines:
            assert line in output
        assert footer[1] not in output and menu[1] not in output


def test_a_teaser_list_after_an_article_is_still_dropped_in_english_and_french():
    for article, teasers in ((ARTICLE, TEASERS), (ARTICLE_FR, TEASERS_FR)):
        lines = [line for teaser in teasers for line in teaser]
        text = dump("Home", "News", *article, "Related", *lines, "About us", "Contact")
        assert record_runs([block.text for block in read_text(text).blocks])  # records, yet
        assert records_of(text) == []
        output = pagetidy.clean(text, input_format="text").text
        assert article[-1] in output
        for title, _, _ in teasers:
            assert title not in output


def test_look_alike_a_thread_keeps_its_posts_and_not_their_chrome():
    posts = (
        ("anna_k", "Joined: Mar 2016", "Posts: 710", "Did you try turning the router off first?"),
        (
            "tom",
            "Joined: Jan 2021",
            "Posts: 12",
            "Yes, twice. The printer still drops off the net.",
        ),
        ("anna_k", "Joined: Mar 2016", "Posts: 711", "Then give it a fixed address in the router."),
        ("tom", "Joined: Jan 2021", "Posts: 13", "That fixed it, thank you so much for the help!"),
        ("mika", "Liittynyt: Feb 2019", "Viestejä: 85", "Sama ongelma täällä, kiitos vinkistä."),
    )
    lines = [line for post in posts for line in post]
    found = records_of(dump("Forum", "Printers", "Printer on the home network", *lines, "Help"))
    assert found == [post[-1] for post in posts]


def test_look_alike_numbers_one_per_line_or_scattered_make_no_records():
    table = ("Kettle $24.99", "Toaster $31.50", "Mixer $45.00", "Grill $19.95", "Fan $12.00")
    assert record_runs(table) == []  # a table's rows side by side: no record of several lines
    dated = ("Nov 26, 2026", *ARTICLE[:1], "Nov 25, 2026", *ARTICLE[1:], "Nov 1, 2026")
    assert record_runs(dated) == []  # dates at uneven steps: an article's, no records


def archive(year_words: tuple[str, ...], start: int) -> list[str]:
    """A blog's archive widget: each year, then its months with their post counts."""
    lines: list[str] = []
    for year in range(start, start - 4, -1):
        lines.append(str(year))
        lines.extend(f"{month} ({(year * 7 + len(month) * 13) % 190 + 5})" for month in year_words)
    return lines


MONTHS = ("December", "November", "October", "September", "August", "July", "June", "May")
MONTHS_PT = ("Dezembro", "Novembro", "Outubro", "Setembro", "Agosto", "Julho", "Junho", "Maio")
SHORT_NEWS = (
    "Two of the five cars of the home care service were broken into last night in the "
    "east district, and the morning visits are being moved to the afternoon.",
    "Police came to see the damage, and the health office expects the service to run "
    "as usual from tomorrow morning.",
)
SHORT_NEWS_PT = (
    "Dois dos cinco carros do serviço de atendimento domiciliar foram arrombados na noite "
    "passada no bairro leste, e as visitas da manhã passam para a tarde.",
    "A polícia esteve no local para ver os danos, e a secretaria de saúde prevê que o "
    "serviço volte ao normal amanhã de manhã.",
)


def test_an_archive_of_counts_under_a_short_article_is_no_records_in_english_and_portuguese():
    for news, months in ((SHORT_NEWS, MONTHS), (SHORT_NEWS_PT, MONTHS_PT)):
        widget = archive(months, 2019)
        text = dump("Home", "News", *news, "Archive", *widget, "Contact")
        assert record_runs([block.text for block in read_text(text).blocks])  # alike, yet
        assert records_of(text) == []  # every line a figure: a table, not records
        output = pagetidy.clean(text, input_format="text").text
        assert news[0] in output and widget[1] not in output


def test_look_alike_records_of_names_and_figures_are_no_table():
    lines = [line for item in KETTLES for line in item]  # a name line beside its figures
    assert records_of(dump(*MENU, PROMO, *lines, *FOOTER))[: len(lines)] == lines
