from pagetidy.filters.span import Span
from pagetidy.signals import densest_run
from tests.conftest import drops_of, kept_by, page_from_lines

PROSE = "The council voted on Monday to close the old coal plant by the end of the decade."


def test_drops_menus_before_and_footers_after_the_prose():
    page = page_from_lines(
        "News", "Sport", "Weather", PROSE, "Ingredients", PROSE, "About us", "Contact"
    )
    assert drops_of(Span(), page) == {
        "News": "before_article",
        "Sport": "before_article",
        "Weather": "before_article",
        "About us": "after_article",
        "Contact": "after_article",
    }


def test_keeps_short_lines_inside_the_article_in_japanese_too():
    prose = "市議会は月曜日、古い石炭火力発電所を二〇三〇年までに閉鎖することを決めた。"
    page = page_from_lines(prose, "材料", prose + "市長も賛成した。")
    assert kept_by(Span(), page) == [block.text for block in page.blocks]


def test_gap_cost_decides_whether_a_gap_is_bridged():
    assert densest_run([10, -4, 10]) == (0, 3)
    assert densest_run([10, -11, 10]) == (0, 1)


def span_kept(page, barrier_lines: tuple[str, ...]) -> list[str]:
    """Texts Span keeps when the blocks ``barrier_lines`` were dropped as closing chrome."""
    from pagetidy.filters.base import PageView

    barriers = frozenset(b.index for b in page.blocks if b.text in barrier_lines)
    kept = tuple(b for b in page.blocks if b.index not in barriers)
    view = PageView(page, kept, None, frozenset(), None, barriers)
    dropped = {drop.index for drop in Span().judge(view)}
    return [b.text for b in kept if b.index not in dropped]


BARRIER_ARTICLE = (
    "The council voted on Monday to close the old coal plant by the end of the decade, "
    "after a long debate about jobs, prices and the air that the town breathes."
)
TEASER = "Another town voted to keep its plant open, and the workers were relieved."


RELATED = (
    "More from our newsroom",
    "Coal towns look for new jobs",
    "Prices of power rise again",
    "The port opens a new dock",
    "Voters split on the plant",
)


def test_does_not_bridge_closing_chrome_for_a_little_prose():
    lines = (BARRIER_ARTICLE, BARRIER_ARTICLE, *RELATED, TEASER)
    page = page_from_lines(*lines)
    assert span_kept(page, RELATED) == [BARRIER_ARTICLE, BARRIER_ARTICLE]


def test_does_not_bridge_closing_chrome_in_german():
    artikel = (
        "Der Stadtrat hat am Montag beschlossen, das alte Kohlekraftwerk bis zum Ende des "
        "Jahrzehnts zu schließen, nach einer langen Debatte über Arbeitsplätze."
    )
    anriss = "Eine andere Stadt hat beschlossen, ihr Kraftwerk weiter zu betreiben."
    verwandt = (
        "Mehr zum Thema",
        "Kohlestädte suchen neue Arbeit",
        "Strompreise steigen schon wieder",
        "Der Hafen eröffnet ein neues Dock",
        "Wähler streiten über das Kraftwerk",
    )
    lines = (artikel, artikel, *verwandt, anriss)
    page = page_from_lines(*lines)
    assert span_kept(page, verwandt) == [artikel, artikel]


def test_bridges_a_short_kept_line_that_no_filter_dropped():
    lines = (BARRIER_ARTICLE, BARRIER_ARTICLE, "Most read today", TEASER)
    page = page_from_lines(*lines)
    assert span_kept(page, ()) == list(lines)


def test_bridges_closing_chrome_inside_a_long_article():
    lines = (BARRIER_ARTICLE, "Most read today", BARRIER_ARTICLE, BARRIER_ARTICLE)
    page = page_from_lines(*lines)
    assert span_kept(page, lines[1:2]) == [BARRIER_ARTICLE] * 3


BIO = (
    "Jane Doe is a reporter who covers the city council and the county courts. "
    "She has written for the paper since 2015 and lives in the old town."
)


def test_drops_an_author_bio_that_closes_the_article():
    page = page_from_lines(
        PROSE,
        PROSE,
        PROSE,
        BIO,
        "View all posts",
    )
    assert drops_of(Span(), page) == {
        BIO: "author_bio",
        "View all posts": "after_article",
    }


def test_drops_a_german_author_bio_that_closes_the_article():
    prose = "Der Stadtrat hat am Montag beschlossen, das alte Kohlekraftwerk bis 2030 zu schließen."
    bio = (
        "Anna Schmidt ist eine Journalistin aus Köln und schreibt seit vielen Jahren über die "
        "Energiepolitik. Sie lebt mit ihrer Familie in der Altstadt."
    )
    page = page_from_lines(prose, prose, prose, bio)
    assert drops_of(Span(), page) == {bio: "author_bio"}


def test_keeps_a_name_and_role_early_in_the_article():
    opening = "Jane Doe is a nurse who has worked at the county hospital for twenty years."
    page = page_from_lines(opening, PROSE, PROSE, PROSE, PROSE, PROSE)
    assert kept_by(Span(), page) == [block.text for block in page.blocks]


def test_keeps_a_closing_sentence_about_a_company_or_a_person_doing_something():
    for last in (
        "Toyota is the largest maker of hybrid cars, and its sales rose again this year.",
        "El alcalde Juan Pérez es quien decidió cerrar la planta el próximo año.",
        "Taylor Swift is ready to record her first albums again, she said on Monday.",
    ):
        page = page_from_lines(PROSE, PROSE, last)
        assert kept_by(Span(), page) == [block.text for block in page.blocks], last


def test_drops_the_name_line_that_leads_into_an_author_bio():
    page = page_from_lines(PROSE, PROSE, PROSE, "Jane Doe photo", "Jane Doe", BIO)
    assert drops_of(Span(), page) == {
        "Jane Doe photo": "author_box",
        "Jane Doe": "author_box",
        BIO: "author_bio",
    }


def test_drops_the_name_line_before_a_german_author_bio():
    prose = "Der Stadtrat hat am Montag beschlossen, das alte Kohlekraftwerk bis 2030 zu schließen."
    bio = (
        "Anna Schmidt ist eine Journalistin aus Köln und schreibt seit vielen Jahren über die "
        "Energiepolitik. Sie lebt mit ihrer Familie in der Altstadt."
    )
    page = page_from_lines(prose, prose, prose, "Anna Schmidt", bio)
    assert drops_of(Span(), page) == {"Anna Schmidt": "author_box", bio: "author_bio"}


def test_keeps_a_subhead_inside_the_article_when_no_bio_closes_it():
    page = page_from_lines(PROSE, "What comes next", PROSE, PROSE)
    assert kept_by(Span(), page) == [block.text for block in page.blocks]


LONG = (
    "The council voted on Monday to close the old coal plant by the end of the decade, "
    "after a debate that ran late into the night and filled the hall with workers, "
    "neighbours and the owners of the small shops that line the harbour road. "
    "The mayor said the town would find new work for everyone who loses a job."
)
ARTICLE = tuple(f"{LONG} Part {n} of the report follows the money." for n in range(5))
MORE = "It is the third change this year, and the people who live nearby say they were not asked."
TEASERS = (
    ("Port opens a new dock", "Anna Reed", f"The port opened a new dock for ferries. {MORE}"),
    ("Prices of power rise", "Tom Hale", f"Power prices rose again this winter. {MORE}"),
    ("Voters split on plant", "Mia Cole", f"A poll found the voters split on the plant. {MORE}"),
    ("Bus lines change", "Sam Lee", f"Two bus lines will change their routes. {MORE}"),
)


def test_drops_a_teaser_list_after_a_long_article():
    tail = ("Energy", "Coal", "Share this story", "More from the newsroom")
    lines = (*ARTICLE, *tail, *(line for teaser in TEASERS for line in teaser))
    page = page_from_lines(*lines)
    dropped = drops_of(Span(), page)
    assert set(dropped) == set(lines[len(ARTICLE) :])
    assert set(dropped.values()) == {"teaser_tail"}


def test_drops_a_german_teaser_list_after_a_long_article():
    absatz = (
        "Der Stadtrat hat am Montag beschlossen, das alte Kohlekraftwerk bis zum Ende des "
        "Jahrzehnts zu schließen, nach einer Debatte, die bis tief in die Nacht dauerte und "
        "den Saal mit Arbeitern, Nachbarn und den Besitzern der kleinen Läden am Hafen "
        "füllte. Der Bürgermeister sagte, die Stadt werde für alle neue Arbeit finden."
    )
    artikel = tuple(f"{absatz} Teil {n} des Berichts folgt dem Geld." for n in range(5))
    mehr = "Es ist schon die dritte Änderung in diesem Jahr, und die Anwohner wurden nicht gefragt."
    anrisse = (
        ("Hafen eröffnet ein neues Dock", "Anna Roth", f"Der Hafen hat ein Dock eröffnet. {mehr}"),
        ("Strompreise steigen wieder", "Tom Hahn", f"Die Strompreise sind gestiegen. {mehr}"),
        ("Wähler streiten über das Werk", "Mia Kohl", f"Die Wähler sind gespalten. {mehr}"),
    )
    schluss = ("Energie", "Teilen", "Mehr aus der Redaktion")
    lines = (*artikel, *schluss, *(line for anriss in anrisse for line in anriss))
    page = page_from_lines(*lines)
    assert set(drops_of(Span(), page).values()) == {"teaser_tail"}
    assert kept_by(Span(), page) == list(artikel)


def test_keeps_sections_under_subheads_and_questions_in_two_languages():
    questions = (
        ("Where did you grow up?", f"By the sea, in a small town with one school. {MORE}"),
        ("What do you read?", f"Mostly history, and the local paper every morning. {MORE}"),
        ("What comes next?", f"We will open two new shops in the spring. {MORE}"),
        ("¿Qué te gusta comer?", "Sobre todo pescado, y las sopas que hacía mi abuela en casa "
         "cuando éramos pequeños y vivíamos todos juntos cerca del puerto."),
    )  # fmt: skip
    lines = (*ARTICLE, "A few quick questions", "Thanks", "Now for fun",
             *(line for pair in questions for line in pair))  # fmt: skip
    page = page_from_lines(*lines)
    assert kept_by(Span(), page) == list(lines)


def test_keeps_a_listing_under_a_short_introduction():
    intro = "Our courses for the spring term are listed below, with dates and prices for each one."
    lines = (intro, intro, "Courses", "Spring", "All levels",
             *(line for teaser in TEASERS for line in teaser))  # fmt: skip
    page = page_from_lines(*lines)
    assert "teaser_tail" not in drops_of(Span(), page).values()
    assert kept_by(Span(), page)[-1] == TEASERS[-1][-1]


DOC_MENU = (
    "Home page link here",
    "Search the docs now",
    "Version 2.1 release notes",
    "Edit on the web",
    "Report an issue here",
    "Back to the top",
)
DOC_STEPS = (
    "Install the package with pip and check that the command prints its version number.",
    "Write a small config file in your home folder and name the folders you want to clean.",
    "Run the cleaner on one folder first and read the report before you run it on all.",
)


def scattered_page(steps: tuple[str, ...], menu: tuple[str, ...], *tail: str) -> list[str]:
    lines: list[str] = []
    for step in steps:
        lines += [*menu, step]
    return [*lines, *tail]


def test_keeps_a_page_of_scattered_short_prose():
    lines = scattered_page(DOC_STEPS, DOC_MENU)
    page = page_from_lines(*lines)
    assert drops_of(Span(), page) == {}
    assert kept_by(Span(), page) == lines


def test_keeps_a_page_of_scattered_short_prose_in_german():
    menu = (
        "Zur Startseite wechseln",
        "In der Hilfe suchen",
        "Hinweise zur Version 2.1",
        "Im Web bearbeiten",
        "Einen Fehler melden",
        "Nach oben springen",
    )
    steps = (
        "Installieren Sie das Paket mit pip und prüfen Sie, ob der Befehl seine Version zeigt.",
        "Legen Sie eine kleine Datei in Ihrem Ordner an und nennen Sie die Ordner zum Reinigen.",
        "Starten Sie das Programm zuerst auf einem Ordner und lesen Sie dann den Bericht durch.",
    )
    lines = scattered_page(steps, menu)
    assert kept_by(Span(), page_from_lines(*lines)) == lines


def test_cuts_an_article_with_a_paragraph_sized_teaser_beside_it():
    paragraph = " ".join([BARRIER_ARTICLE, BARRIER_ARTICLE.lower()])
    teaser = " ".join([TEASER, TEASER.lower(), TEASER.lower(), TEASER.lower()])
    far = [*DOC_MENU, *DOC_MENU, *DOC_MENU, teaser]
    lines = [paragraph, paragraph, *scattered_page(DOC_STEPS, DOC_MENU), *far]
    page = page_from_lines(*lines)
    assert kept_by(Span(), page) == [paragraph, paragraph]


def test_scattered_needs_most_prose_outside_the_run():
    page = page_from_lines(*DOC_MENU, PROSE, PROSE, *DOC_MENU)
    assert kept_by(Span(), page) == [PROSE, PROSE]


CUT_SHORT = (
    ("Share", "The port opened a new dock for the ferries, and the fishermen say that the..."),
    ("Share", "Power prices rose again this winter, for the third time since the plant…"),
    ("Share", "A poll found the voters split on the plant, with the young more likely to…"),
    ("Share", "Two bus lines will change their routes in spring, and the stops by the [...]"),
)


def test_drops_teasers_cut_short_after_the_article():
    tail = ("Energy, Coal", "You may also like")
    lines = (LONG, LONG, *tail, *(line for teaser in CUT_SHORT for line in teaser))
    page = page_from_lines(*lines)
    dropped = drops_of(Span(), page)
    assert set(dropped) == set(lines[2:])
    assert dropped["You may also like"] == "truncated_teasers"


def test_drops_german_teasers_cut_short_after_the_article():
    absatz = (
        "Der Stadtrat hat am Montag beschlossen, das alte Kohlekraftwerk bis zum Ende des "
        "Jahrzehnts zu schließen, nach einer Debatte, die bis tief in die Nacht dauerte und "
        "den Saal mit Arbeitern und Nachbarn füllte."
    )
    anrisse = (
        (
            "Teilen",
            "Der Hafen hat am Freitag ein neues Dock für die Fähren eröffnet, und die Fischer…",
        ),
        (
            "Teilen",
            "Die Strompreise sind in diesem Winter schon zum dritten Mal gestiegen, und die…",
        ),
        (
            "Teilen",
            "Eine Umfrage zeigt, dass die Wähler beim alten Kraftwerk gespalten sind, und...",
        ),
    )
    lines = (absatz, absatz, absatz, "Das könnte Sie auch interessieren", *sum(anrisse, ()))
    page = page_from_lines(*lines)
    assert kept_by(Span(), page) == [absatz] * 3


def test_keeps_a_dialogue_that_trails_off_in_two_languages():
    # Lines that end in an ellipsis one after the other are a dialogue, not teasers.
    for said in (
        ("I never thought the plant would close, she said, and then...", "And then what…"),
        ("Ich dachte nie, dass das Werk schließt, sagte sie, und dann...", "Und dann was…"),
    ):
        lines = (LONG, LONG, "Part two", *said, *said, LONG)
        page = page_from_lines(*lines)
        assert kept_by(Span(), page) == list(lines)


def test_drops_a_photo_gallery_above_the_article():
    caption = (
        "A jogger runs along the river at dawn as smog hides the towers of the city centre "
        "behind him, on Tuesday, Nov. 19, 2019. The air was the worst it has been in years, "
        "and the city asked people to stay at home. (Photo by Anna Reed)"
    )
    lines = (
        caption,
        "1of2" + caption.split(" (")[0],
        "photo",
        "Image 1 of 2",
        "Back to gallery",
        LONG,
        LONG,
    )
    page = page_from_lines(*lines)
    dropped = drops_of(Span(), page)
    assert dropped[caption] == "gallery_head"
    assert dropped["Back to gallery"] == "gallery_head"
    assert kept_by(Span(), page) == [LONG, LONG]


def test_drops_a_spanish_photo_gallery_above_the_article():
    pie = (
        "Un corredor recorre la orilla del río al amanecer mientras el humo oculta las torres "
        "del centro de la ciudad, el martes 19 de noviembre. El aire era el peor en años, y "
        "la ciudad pidió a la gente que se quedara en casa. (Foto: Ana Ruiz)"
    )
    cuerpo = (
        "El ayuntamiento votó el lunes cerrar la vieja central de carbón antes del final de la "
        "década, tras un debate que duró hasta la madrugada y llenó la sala de trabajadores."
    )
    lines = (pie, pie.split(" (")[0], "foto", "Imagen 1 de 2", cuerpo, cuerpo, cuerpo)
    assert drops_of(Span(), page_from_lines(*lines))[pie] == "gallery_head"
    page = page_from_lines(*lines)
    assert kept_by(Span(), page) == [cuerpo] * 3


def test_keeps_a_lead_printed_twice_as_a_summary_above_it():
    # A summary that repeats the first paragraph, then the article: the paragraph stays.
    lead = (
        "Ferries will stop at the new dock from May, the port said on Friday, after years of "
        "delays and a long fight over who would pay for the works."
    )
    body = (
        "The fishermen, who lost half of their quay to the works, will get a new one next "
        "year. Shops along the harbour road hope the ferries bring more visitors in summer."
    )
    lines = (lead, "Anna Reed", lead + " It cost twice the plan.", body, body.upper())
    page = page_from_lines(*lines)
    assert kept_by(Span(), page) == list(lines)


STANDFIRST = "A new dock opens for the ferries, and the fishermen lose half of their quay."


def test_drops_a_standfirst_above_the_byline():
    lines = (STANDFIRST, "By", "Anna Reed", "Nov. 18, 2019 7:04 pm ET", *ARTICLE[:3])
    page = page_from_lines(*lines)
    dropped = drops_of(Span(), page)
    assert dropped[STANDFIRST] == "above_byline"
    assert kept_by(Span(), page) == list(ARTICLE[:3])


def test_drops_a_german_standfirst_above_the_byline():
    vorspann = "Ein neues Dock für die Fähren, und die Fischer verlieren ihren halben Kai."
    absatz = (
        "Der Stadtrat hat am Montag beschlossen, das alte Kohlekraftwerk bis zum Ende des "
        "Jahrzehnts zu schließen, nach einer Debatte, die bis tief in die Nacht dauerte und "
        "den Saal mit Arbeitern und Nachbarn füllte."
    )
    lines = (vorspann, "Von Anna Schmidt", "18. November 2019", absatz, absatz + " Ja.", absatz)
    page = page_from_lines(*lines)
    assert drops_of(Span(), page)[vorspann] == "above_byline"


def test_keeps_a_lead_above_a_caption_and_a_long_intro_above_the_byline():
    # A short line that is no author or date line (a caption) does not cut the lead off,
    # nor does a byline under an introduction longer than a standfirst.
    lines = (STANDFIRST, "The new dock at dawn", *ARTICLE[:3])
    assert kept_by(Span(), page_from_lines(*lines)) == list(lines)
    lines = (ARTICLE[3], "By Anna Reed", *ARTICLE[:3])
    assert kept_by(Span(), page_from_lines(*lines)) == list(lines)


HEADLINES = (
    "More in Science",
    "A clever new way to store the sun's heat for winter",
    "How old rocks tell the story of the moon",
    "Senators go after the biggest polluters in the state",
    "Forest loss is at its highest in ten years",
    "The vaping ban is dead, for now",
    "Hearings were a disaster for the party, even its own witnesses said so.",
    "A new study of the work done in offices finds that the best paid may lose the most.",
)


def test_drops_a_thin_tail_of_headlines_after_the_article():
    lines = (*ARTICLE, *HEADLINES)
    page = page_from_lines(*lines)
    assert kept_by(Span(), page) == list(ARTICLE)
    assert drops_of(Span(), page)["More in Science"] == "thin_tail"


def test_drops_a_thin_tail_of_headlines_in_french():
    paragraphe = (
        "Le conseil municipal a voté lundi la fermeture de la vieille centrale à charbon avant "
        "la fin de la décennie, après un débat qui a duré jusque tard dans la nuit et rempli la "
        "salle d'ouvriers, de voisins et de commerçants du port."
    )
    titres = (
        "Plus de science",
        "Une nouvelle façon de garder la chaleur du soleil",
        "Ce que les vieilles roches disent de la lune",
        "Les sénateurs s'attaquent aux plus gros pollueurs",
        "La forêt recule plus vite que jamais depuis dix ans",
        "L'interdiction est morte, pour l'instant",
        "Les auditions ont été un désastre pour le parti, même ses témoins l'ont dit.",
        "Une étude sur le travail de bureau montre que les mieux payés pourraient perdre le plus.",
    )
    article = tuple(f"{paragraphe} Partie {n}." for n in range(6))
    page = page_from_lines(*article, *titres)
    assert kept_by(Span(), page) == list(article)


def test_keeps_an_interview_and_a_list_before_the_last_paragraph():
    # Questions and short answers take turns (no stretch of short lines); a list of short
    # items with a paragraph after it is the article's.
    turns = []
    for question in ("Where did you grow up?", "What do you read?", "What comes next?"):
        turns += [question, "By the sea, in a small town with one school."]
    lines = (*ARTICLE[:3], *turns)
    assert kept_by(Span(), page_from_lines(*lines)) == list(lines)
    items = ("Flour", "Two eggs", "Milk", "A pinch of salt", "Butter")
    lines = (*ARTICLE[:3], *items, ARTICLE[3])
    assert kept_by(Span(), page_from_lines(*lines)) == list(lines)


def test_drops_the_article_printed_again_as_one_block():
    parts = (
        "The council voted on Monday to close the old coal plant by the end of the decade.",
        "The mayor said that the town would find new work for everyone who loses a job.",
        "Shops on the harbour road hope the new ferries will bring more visitors in summer.",
        "The port will open its new dock in May, a year later than it had planned.",
    )
    again = "Harbour Times " + " ".join(parts)
    lines = (*parts, again)
    page = page_from_lines(*lines)
    assert drops_of(Span(), page)[again] == "restated"


def test_drops_a_german_article_printed_again():
    teile = (
        "Der Stadtrat hat am Montag beschlossen, das alte Kohlekraftwerk bald zu schließen.",
        "Der Bürgermeister sagte, die Stadt werde für alle neue Arbeit im Hafen finden.",
        "Die Läden an der Hafenstraße hoffen, dass die Fähren im Sommer mehr Gäste bringen.",
        "Der Hafen eröffnet sein neues Dock im Mai, ein Jahr später als geplant.",
    )
    nochmal = " ".join(teile) + " Hafenblatt"
    page = page_from_lines(*teile, nochmal)
    assert kept_by(Span(), page) == list(teile)


def test_keeps_a_closing_summary_that_adds_to_what_it_sums_up():
    parts = (
        "The council voted on Monday to close the old coal plant by the end of the decade.",
        "The mayor said that the town would find new work for everyone who loses a job.",
    )
    summary = (
        "In short: the council voted on Monday to close the old coal plant, and the town now "
        "has ten years to build a port, train its workers and find the money for both, which "
        "nobody has yet, as the budget for next year is already short by a third."
    )
    lines = (*parts, summary)
    assert kept_by(Span(), page_from_lines(*lines)) == list(lines)


def test_keeps_a_listing_whose_excerpts_are_cut_short_in_two_languages():
    # Each item stands alone under its title, none side by side: a listing, not an article
    # with teasers under it.
    for full, short in (
        (
            "The port opened a new dock for the ferries on Friday, a year late and at twice "
            "the price, and the fishermen are angry about it.",
            "Power prices rose again this winter, for the third time since the plant closed, "
            "and the…",
        ),
        (
            "Der Hafen hat am Freitag ein neues Dock für die Fähren eröffnet, ein Jahr zu spät "
            "und doppelt so teuer, und die Fischer sind wütend.",
            "Die Strompreise sind in diesem Winter schon zum dritten Mal gestiegen, seit das "
            "Werk zu ist, und die…",
        ),
    ):
        lines = ["Reviews"]
        for number in range(5):
            lines += [f"Item {number}", full]
        for number in range(4):
            lines += [f"Item {number} b", short]
        assert "truncated_teasers" not in drops_of(Span(), page_from_lines(*lines)).values()


STORY = (
    "The council voted on Monday to close the old coal plant by the end of the decade, "
    "after a debate that ran late into the night and filled the hall with workers."
)


def test_drops_an_author_box_that_names_its_writer_after_the_article():
    bio = "Marta joined the paper in 2017 and has covered energy and the harbour ever since."
    page = page_from_lines(STORY, STORY, STORY, "Marta Lindqvist", bio, "Leave a comment")
    drops = drops_of(Span(), page)
    assert drops["Marta Lindqvist"] == "author_name"
    assert drops[bio] == "author_name"
    assert STORY not in drops


def test_drops_a_german_author_box_with_its_heading():
    story = (
        "Der Stadtrat hat am Montag beschlossen, das alte Kohlekraftwerk bis 2030 zu schließen, "
        "nachdem die Debatte bis spät in die Nacht über die Zukunft der Arbeiter gedauert hatte."
    )
    bio = "Als Redakteur schreibt Moritz Keller seit vielen Jahren über die Energiepolitik."
    page = page_from_lines(story, story, story, "Über Moritz Keller", bio)
    assert drops_of(Span(), page) == {"Über Moritz Keller": "author_name", bio: "author_name"}


def test_keeps_a_closing_section_whose_heading_the_text_repeats():
    # a heading of common words (written in lower case on the page too) is no name
    closing = "Backflow prevention keeps dirty water out of the pipes that feed your kitchen tap."
    page = page_from_lines(STORY, STORY, STORY, "Backflow Prevention", closing)
    assert kept_by(Span(), page) == [block.text for block in page.blocks]
    # in Spanish too
    cierre = "Café Central abre cada día a las ocho y sirve el mejor café de la ciudad vieja."
    historia = (
        "El ayuntamiento votó el lunes para cerrar la vieja central de carbón antes del fin de "
        "la década, tras un debate que duró hasta muy tarde con los trabajadores del puerto."
    )
    page = page_from_lines(historia, historia, historia, "Café Central", cierre, "Café Central")
    assert "Café Central" in kept_by(Span(), page)


def test_keeps_a_listicle_whose_items_each_echo_their_heading():
    items = []
    for name in ("Anna Berg", "Tom Hale", "Mia Cole"):
        first = name.split()[0]
        items += [name, f"{first} runs the bakery on the corner and opens it at six every day."]
    page = page_from_lines(STORY, *items)
    assert kept_by(Span(), page) == [block.text for block in page.blocks]


FERRY_HEADLINE = "Ferry workers strike over the new harbour dock"
FERRY_STORY = (
    "Ferry workers walked out on Monday morning, and the strike closed the harbour to every "
    "boat but the lifeboat, after the port refused to talk about the new dock and its jobs.",
    "The workers say the new dock will cut the crews by half. The port says that the ferries "
    "will be larger and that nobody will lose a job before the summer season is over.",
    "Passengers waited on the quay for most of the day. Some took the bus along the coast, "
    "which added three hours to the trip, and others went home to wait for news of the talks.",
)
OTHER_TEASERS = (
    "Latest news",
    "The council voted to close the old coal plant, and the mayor promised new work for all.",
    "Schools reopen",
    "Teachers and parents cleaned the flooded classrooms together over the long weekend.",
    "Sport",
    "The local football club signed two young players from the academy on a free transfer.",
)


def test_drops_teasers_above_the_headline():
    lines = (
        f"{FERRY_HEADLINE} | Harbour Times",
        *OTHER_TEASERS,
        FERRY_HEADLINE,
        "Nov. 18, 2019 7:04 pm ET",
        *FERRY_STORY,
    )
    page = page_from_lines(*lines)
    dropped = drops_of(Span(), page)
    assert {dropped[line] for line in OTHER_TEASERS[1::2]} == {"above_headline"}
    assert kept_by(Span(), page) == [FERRY_HEADLINE, "Nov. 18, 2019 7:04 pm ET", *FERRY_STORY]


def test_drops_german_teasers_above_the_headline():
    headline = "Fährleute streiken gegen das neue Hafendock"
    story = (
        "Die Fährleute haben am Montag die Arbeit niedergelegt, und der Streik hat den Hafen "
        "für alle Boote außer dem Rettungsboot geschlossen, weil der Hafen nicht über das neue "
        "Dock und die Arbeitsplätze reden wollte.",
        "Die Fährleute sagen, das neue Dock halbiere die Besatzungen. Der Hafen sagt, die "
        "Fähren würden größer und niemand verliere vor dem Ende der Saison seine Arbeit.",
        "Die Fahrgäste warteten fast den ganzen Tag am Kai. Manche nahmen den Bus entlang der "
        "Küste, andere gingen nach Hause und warteten auf Nachrichten von den Gesprächen.",
        "Am Abend trafen sich die Fährleute und der Hafen zum ersten Mal, doch nach zwei "
        "Stunden gingen beide Seiten ohne ein Ergebnis wieder auseinander.",
    )
    teasers = (
        "Neueste Meldungen",
        "Der Stadtrat will das alte Kohlekraftwerk schließen, und der Bürgermeister verspricht "
        "allen neue Arbeit.",
        "Schulen öffnen wieder",
        "Lehrer und Eltern haben die überfluteten Klassenzimmer am langen Wochenende geputzt.",
    )
    lines = (f"{headline} | Hafenblatt", *teasers, headline, "Von Anna Schmidt", *story)
    page = page_from_lines(*lines)
    dropped = drops_of(Span(), page)
    assert {dropped[line] for line in teasers[1::2]} == {"above_headline"}
    assert kept_by(Span(), page) == [headline, "Von Anna Schmidt", *story]


def test_keeps_the_article_above_a_dated_heading_of_the_same_story():
    # The paragraphs above a heading tell the same story (its words), or stand under the
    # article's own date line, or the heading has too few words: nothing is cut.
    lead = (
        "The harbour dock was the talk of the coast all week: ferry workers, crews and "
        "passengers waited on the quay for news, the port refused talks on jobs, and by "
        "Monday morning the workers walked out and closed the harbour to every boat. The port "
        "says the larger ferries will cost nobody a job before the summer is over; the crews "
        "say they will lose half of their men, and the trip along the coast adds hours."
    )
    lines = (lead, FERRY_HEADLINE, "Nov. 18, 2019", *FERRY_STORY)
    page = page_from_lines(f"{FERRY_HEADLINE} | Harbour Times", *lines)
    assert kept_by(Span(), page) == list(lines)
    dated = ("Nov. 17, 2019", *OTHER_TEASERS[1:2], FERRY_HEADLINE, "Nov. 18, 2019", *FERRY_STORY)
    page = page_from_lines(f"{FERRY_HEADLINE} | Harbour Times", *dated)
    assert "above_headline" not in drops_of(Span(), page).values()
    undated = dated[1:]
    page = page_from_lines(f"{FERRY_HEADLINE} | Harbour Times", *undated)
    assert "above_headline" in drops_of(Span(), page).values()
    short = "The ferry strike is on"  # two key words
    few = (f"{short} | Harbour Times", *OTHER_TEASERS, short, "Nov. 18, 2019", *FERRY_STORY)
    assert "above_headline" not in drops_of(Span(), page_from_lines(*few)).values()


def test_drops_a_gallery_under_a_byline_after_a_standfirst_in_two_languages():
    caption = (
        "A jogger runs along the river at dawn as smog hides the towers of the city centre "
        "behind him, on Tuesday. The air was the worst it has been in years, and the city "
        "asked people to stay at home."
    )
    lines = (STANDFIRST, "By Anna Reed", caption, caption[:120], "Image 1 of 2", *FERRY_STORY)
    page = page_from_lines(*lines)
    dropped = drops_of(Span(), page)
    assert dropped[STANDFIRST] == "above_byline"
    assert dropped[caption] == "gallery_head"
    assert kept_by(Span(), page) == list(FERRY_STORY)
    pie = (
        "Un corredor recorre la orilla del río al amanecer mientras el humo oculta las torres "
        "del centro de la ciudad, el martes. El aire era el peor en años, y la ciudad pidió a "
        "la gente que se quedara en casa."
    )
    entradilla = "Un nuevo muelle para los transbordadores, y los pescadores pierden su muelle."
    cuerpo = (
        "El ayuntamiento votó el lunes cerrar la vieja central de carbón antes del final de la "
        "década, tras un debate que duró hasta la madrugada y llenó la sala de trabajadores."
    )
    spanish = (entradilla, "Por Ana Ruiz", pie, pie[:110], "Imagen 1 de 2", cuerpo, cuerpo, cuerpo)
    page = page_from_lines(*spanish)
    assert drops_of(Span(), page)[pie] == "gallery_head"
    assert kept_by(Span(), page) == [cuerpo] * 3
    # a lead under the byline that a paragraph follows stays (no caption printed twice)
    lead = (STANDFIRST, "By Anna Reed", caption, *FERRY_STORY)
    assert kept_by(Span(), page_from_lines(*lead)) == list(lead[2:])


def span_kept_after(page, gone: set[str]) -> tuple[list[str], set[str]]:
    """What Span keeps, and its reasons, when earlier filters dropped the lines ``gone``."""
    from pagetidy.filters.base import PageView

    kept = tuple(b for b in page.blocks if b.text not in gone)
    drops = list(Span().judge(PageView(page, kept)))
    dropped = {drop.index for drop in drops}
    return [b.text for b in kept if b.index not in dropped], {drop.reason for drop in drops}


MEHR = "Es ist schon die dritte Änderung in diesem Jahr, und die Anwohner wurden nicht gefragt."


def test_drops_teasers_left_alone_by_earlier_drops_in_two_languages():
    for article, teasers in (
        (ARTICLE, TEASERS),
        (
            tuple(f"{LONG} Teil {n}." for n in range(5)),
            (
                ("Hafen eröffnet ein Dock", "Energie", f"Der Hafen hat ein Dock eröffnet. {MEHR}"),
                ("Strompreise steigen", "Energie", f"Die Strompreise sind gestiegen. {MEHR}"),
                ("Wähler sind gespalten", "Politik", f"Die Wähler sind gespalten. {MEHR}"),
            ),
        ),
    ):
        lines = (*article, *(line for teaser in teasers for line in teaser))
        gone = {line for teaser in teasers for line in teaser[:2]}
        kept, reasons = span_kept_after(page_from_lines(*lines), gone)
        assert kept == list(article)
        assert reasons == {"teaser_tail"}


def test_keeps_paragraphs_between_dropped_ads_in_two_languages():
    for article, ads in (
        (ARTICLE, ("Advertisement", "Story continues below")),
        (tuple(f"{LONG} Teil {n}." for n in range(5)), ("Anzeige", "Weiterlesen unten")),
    ):
        article = (*article, *(f"{paragraph} {paragraph}" for paragraph in article[:3]))
        lines = (*article[:5], *ads, article[5], *ads, article[6], *ads, article[7])
        kept, _ = span_kept_after(page_from_lines(*lines), set(ads))
        assert kept == list(article)


LONG_STORY = tuple(
    f"{BARRIER_ARTICLE} {detail}"
    for detail in (
        "The mayor said the town would find new work for everyone who loses a job there.",
        "Shop owners on the harbour road hope that the ferries will bring more visitors.",
        "A group of parents asked the council to plant trees where the chimney now stands.",
        "The union said it would talk to the owners about pensions before the plant closes.",
    )
)
SHARE = "Share this story"
BLURBS = (
    "Photos",
    "A reader sent us this picture of the harbour at dawn, with the ferries waiting.",
    "Newsletter",
    "Our weekly letter brings the council's news and the week's events to your inbox.",
)


def test_drops_lone_blurbs_after_the_chrome_that_closes_the_article():
    page = page_from_lines(*LONG_STORY, SHARE, *BLURBS)
    assert span_kept(page, (SHARE,)) == list(LONG_STORY)


def test_drops_lone_blurbs_after_closing_chrome_in_german():
    artikel = tuple(
        "Der Stadtrat hat am Montag beschlossen, das alte Kohlekraftwerk bis zum Ende des "
        f"Jahrzehnts zu schließen, nach einer langen Debatte über Arbeit und Luft. {satz}"
        for satz in (
            "Der Bürgermeister sagte, die Stadt werde für alle neue Arbeit finden.",
            "Die Läden an der Hafenstraße hoffen auf mehr Besucher mit den neuen Fähren.",
            "Eltern baten den Rat, dort Bäume zu pflanzen, wo heute der Schornstein steht.",
            "Die Gewerkschaft will mit den Besitzern über die Renten der Arbeiter reden.",
            "Im Frühjahr soll eine Versammlung im Rathaus klären, wer das Gelände bekommt.",
        )
    )
    teilen = "Diesen Artikel teilen"
    danach = (
        "Fotos",
        "Ein Leser hat uns dieses Bild vom Hafen am Morgen geschickt, mit den Fähren davor.",
        "Newsletter",
        "Unser Brief bringt jede Woche die Nachrichten aus dem Rathaus in Ihr Postfach.",
    )
    page = page_from_lines(*artikel, teilen, *danach)
    assert span_kept(page, (teilen,)) == list(artikel)


def test_keeps_closing_paragraphs_side_by_side_after_an_inline_prompt():
    closing = (
        "The plant's owners said they would appeal the vote in the county court next month.",
        "Until then the chimney will keep smoking, and the town will keep on waiting for news.",
    )
    page = page_from_lines(*LONG_STORY, SHARE, *closing)
    assert span_kept(page, (SHARE,)) == [*LONG_STORY, *closing]


def test_keeps_what_follows_closing_chrome_early_in_a_short_article():
    page = page_from_lines(LONG_STORY[0], SHARE, *BLURBS)
    assert span_kept(page, (SHARE,)) == [LONG_STORY[0], *BLURBS]


SIGN_UP = "Sign up for our newsletter"
PITCH = (
    "Get the council's news and the week's events from the harbour every Friday!",
    "No spam, we promise. You can unsubscribe at any time.",
)


def test_drops_a_newsletters_pitch_under_its_sign_up_prompt():
    # dropped: two short blocks side by side after a sign-up prompt that closes the article
    page = page_from_lines(*LONG_STORY, SIGN_UP, *PITCH)
    assert span_kept(page, (SIGN_UP,)) == list(LONG_STORY)


def test_drops_a_newsletters_pitch_under_its_sign_up_prompt_in_german():
    anmelden = "Jetzt für den Newsletter anmelden"
    werbung = (
        "Jeden Freitag die Nachrichten aus dem Rathaus und vom Hafen in Ihrem Postfach.",
        "Kein Spam, versprochen. Sie können sich jederzeit wieder abmelden.",
    )
    page = page_from_lines(*LONG_STORY, anmelden, *werbung)
    assert span_kept(page, (anmelden,)) == list(LONG_STORY)


def test_keeps_closing_paragraphs_after_a_sign_up_prompt_when_they_are_more():
    # look-alike: three paragraphs side by side after an inline sign-up prompt are the story's
    closing = (
        "The plant's owners said they would appeal the vote in the county court next month.",
        "Until then the chimney will keep smoking over the harbour road and its shops.",
        "The town will keep on waiting for news from the court, the mayor said.",
    )
    page = page_from_lines(*LONG_STORY, SIGN_UP, *closing)
    assert span_kept(page, (SIGN_UP,)) == [*LONG_STORY, *closing]


DATED_HEADLINES = (
    (
        "Ferry workers strike over the new harbour dock and the pay that comes with it",
        "By Staff",
        "11/20/2019 10:08 AM",
    ),
    (
        "Council opens a market hall on the old pier for the farmers of the valley",
        "By Reporters",
        "11/20/2019 09:39 AM",
    ),
    (
        "Storm closes the coast road for two days as the sea floods the lower town",
        "By Staff",
        "11/19/2019 08:11 PM",
    ),
    (
        "New buses for the valley villages next year, the transport board says in its plan",
        "By Agencies",
        "11/19/2019 06:18 PM",
    ),
)
SHORT_STORY = (
    "The council voted on Monday to close the old coal plant by the end of the decade, "
    "after a long debate about jobs, prices and the air that the town breathes.",
    "The union said it would talk to the owners about pensions before the plant closes, "
    "and the mayor promised new work for everyone who loses a job there.",
)


def span_kept_records(lines, gone: set[str]) -> tuple[list[str], set[str]]:
    """What Span keeps, and its reasons, when earlier filters dropped the lines ``gone`` and
    the kept lines after the first two are the page's run of records (``main_records``)."""
    from pagetidy.filters.base import PageView

    page = page_from_lines(*lines)
    kept = tuple(b for b in page.blocks if b.text not in gone)
    records = frozenset(b.index for b in kept[2:])
    view = PageView(page, kept, None, frozenset(), None, frozenset(), None, records)
    drops = list(Span().judge(view))
    dropped = {drop.index for drop in drops}
    return [b.text for b in kept if b.index not in dropped], {drop.reason for drop in drops}


def test_drops_a_list_of_dated_headlines_after_a_short_article():
    # dropped: each headline stands over its own author and date line (dropped already)
    # (the headlines read as the page's records, so the span weighs their words)
    lines = (*SHORT_STORY, *(line for unit in DATED_HEADLINES for line in unit))
    gone = {line for unit in DATED_HEADLINES for line in unit[1:]}
    kept, reasons = span_kept_records(lines, gone)
    assert kept == list(SHORT_STORY)
    assert "stamped_tail" in reasons


def test_drops_a_list_of_dated_headlines_in_german():
    artikel = (
        "Der Stadtrat hat am Montag beschlossen, das alte Kohlekraftwerk bis zum Ende des "
        "Jahrzehnts zu schließen, nach einer langen Debatte über Arbeit, Preise und Luft.",
        "Die Gewerkschaft will mit den Besitzern über die Renten der Arbeiter reden, bevor "
        "das Werk schließt, und der Bürgermeister verspricht allen, die dort ihre Arbeit "
        "verlieren, eine neue Stelle in der Stadt.",
    )
    meldungen = (
        ("Fährleute streiken wegen des neuen Hafenkais", "Von Redaktion", "20.11.2019 10:08"),
        ("Stadt eröffnet eine Markthalle am alten Pier", "Von Agenturen", "20.11.2019 09:39"),
        ("Sturm sperrt die Küstenstraße für zwei Tage", "Von Redaktion", "19.11.2019 20:11"),
    )
    lines = (*artikel, *(line for unit in meldungen for line in unit))
    gone = {line for unit in meldungen for line in unit[1:]}
    kept, reasons = span_kept_records(lines, gone)
    assert kept == list(artikel)
    assert "stamped_tail" in reasons


def test_keeps_a_listing_of_dated_headlines_without_an_article():
    # look-alike: a news listing is only dated headlines under a one-line intro
    intro = ("Latest news", "From the harbour")
    lines = (*intro, *(line for unit in DATED_HEADLINES for line in unit))
    gone = {line for unit in DATED_HEADLINES for line in unit[1:]}
    kept, reasons = span_kept_records(lines, gone)
    assert "stamped_tail" not in reasons
    assert [unit[0] for unit in DATED_HEADLINES] == [line for line in kept if line not in intro]


def test_keeps_headlines_in_an_article_without_their_own_date_lines():
    # look-alike: subheads of an article stand over paragraphs, not over author or date lines
    lines = (*SHORT_STORY, *(unit[0] for unit in DATED_HEADLINES))
    kept, reasons = span_kept_records(lines, set())
    assert "stamped_tail" not in reasons
    assert kept == list(lines)
