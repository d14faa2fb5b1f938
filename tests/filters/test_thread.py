from pagetidy.filters.thread import Thread, meta_line, rating_line, review_heading, says_line
from tests.conftest import drops_of, kept_by, page_from_lines

ARTICLE = (
    "The council voted on Monday to close the old coal plant by the end of the decade, "
    "after a long debate about jobs, prices and the air that the town breathes every day. "
    "The mayor said that the workers would be offered new jobs at the port."
)
ARTIKEL = (
    "Der Stadtrat hat am Montag beschlossen, das alte Kohlekraftwerk bis zum Ende des "
    "Jahrzehnts zu schließen, nach einer langen Debatte über Arbeitsplätze und Preise "
    "und die Luft, die die ganze Stadt jeden Tag atmet. Der Bürgermeister sagte, die "
    "Arbeiter sollten neue Stellen im Hafen bekommen."
)


def test_meta_lines_in_several_languages():
    assert meta_line("2 days ago at 07:47 am")
    assert meta_line("Gary M on September 17, 2018 at 8:50 pm said:")
    assert meta_line("vor 3 Stunden")
    assert meta_line("hace 2 días")
    assert meta_line("3시간 전")
    assert says_line("Max Muster schreibt:")


def test_a_sentence_with_a_date_is_no_meta_line():
    assert not meta_line("The vote on March 3, 2019 was close, and it ended at 4:30 pm.")
    assert not meta_line("Ana Ruiz (@anaruiz) November 18, 2019")
    assert not says_line("The minister says the plan will work.")


def test_drops_an_english_comment_thread_after_the_article():
    page = page_from_lines(
        ARTICLE,
        ARTICLE,
        ARTICLE,
        "3 responses to the plan",
        "jane says:",
        "I think this is a great decision for all of us who live here.",
        "tom says:",
        "Prices will go up, and nobody has told us by how much yet.",
        "ana says:",
        "Finally some good news for the children of this town.",
    )
    drops = drops_of(Thread(), page)
    assert drops["3 responses to the plan"] == "comment_lead"
    assert drops["jane says:"] == "comment_run"
    assert drops["Finally some good news for the children of this town."] == "comment_run"
    assert ARTICLE not in drops


def test_drops_a_german_thread_with_relative_times():
    page = page_from_lines(
        ARTIKEL,
        ARTIKEL,
        ARTIKEL,
        "vor 2 Stunden",
        "Endlich eine gute Nachricht für die Kinder in dieser Stadt.",
        "vor 3 Stunden",
        "Die Preise werden steigen, und niemand sagt uns, um wie viel.",
        "vor 5 Stunden",
        "Das hätte man schon vor zehn Jahren machen sollen.",
    )
    assert set(drops_of(Thread(), page).values()) == {"comment_run"}
    assert kept_by(Thread(), page) == [ARTIKEL] * 3


def test_keeps_a_forum_thread_that_starts_the_page():
    lines = []
    for hour in (7, 8, 9, 10):
        lines += [f"2 days ago at {hour:02d}:47 am", ARTICLE]
    page = page_from_lines(*lines)
    assert kept_by(Thread(), page) == lines


def test_keeps_a_forum_thread_under_a_short_notice():
    lines = [ARTICLE]
    for hour in (7, 8, 9, 10):
        lines += [f"2 days ago at {hour:02d}:47 am", ARTICLE, ARTICLE]
    page = page_from_lines(*lines)
    assert kept_by(Thread(), page) == lines


def test_keeps_time_stamped_items_followed_by_more_article():
    lines = [ARTICLE, ARTICLE]
    for hour in (7, 8, 9):
        lines += [f"Update {hour:02d}:30", "The plant will close in stages."]
    lines += [ARTICLE] * 4
    page = page_from_lines(*lines)
    assert kept_by(Thread(), page) == lines


def test_keeps_a_forum_whose_long_first_post_has_the_replies_shape():
    lines = ["#1 · Jan 3, 2024", ARTICLE, ARTICLE, ARTICLE, ARTICLE]
    for post in (2, 3, 4):
        lines += [f"#{post} · Jan 4, 2024", "I agree with this, it is a fine plan for the town."]
    page = page_from_lines(*lines)
    assert kept_by(Thread(), page) == lines


def test_an_article_date_of_another_shape_does_not_make_a_forum():
    lines = ["Publicado el 3 de marzo de 2024", *[ARTICLE] * 11]
    lines += ["hace 2 horas", "Buen artículo.", "hace 3 horas", "No estoy de acuerdo."]
    lines += ["hace 5 horas", "Gracias por la información."]
    page = page_from_lines(*lines)
    assert set(drops_of(Thread(), page).values()) == {"comment_run"}


LONG_COMMENT = " ".join(["I have lived here all my life and never seen the river this clean."] * 3)
LANGER_KOMMENTAR = " ".join(
    ["Ich wohne seit vierzig Jahren hier und habe den Fluss nie so sauber gesehen."] * 3
)


def test_a_comment_heading_lets_a_thread_end_in_a_long_comment():
    # The last comment runs past the thread's reach: without the heading it would read as
    # more article after time-stamped items; under "12 Comments" it is the thread's tail.
    lines = [ARTICLE] * 3 + ["12 Comments"]
    for hour in (7, 8, 9):
        lines += [f"2 days ago at {hour:02d}:47 am", "I think this is a fine plan for the town."]
    lines += [LONG_COMMENT] * 12
    page = page_from_lines(*lines)
    drops = drops_of(Thread(), page)
    assert drops["2 days ago at 07:47 am"] == "comment_run"
    assert kept_by(Thread(), page) == [ARTICLE] * 3


def test_a_german_comment_heading_lets_a_thread_end_in_a_long_comment():
    lines = [ARTIKEL] * 3 + ["Kommentare (3)"]
    for hour in (2, 3, 5):
        lines += [f"vor {hour} Stunden", "Endlich eine gute Nachricht für die Stadt."]
    lines += [LANGER_KOMMENTAR] * 12
    page = page_from_lines(*lines)
    assert kept_by(Thread(), page) == [ARTIKEL] * 3


def test_without_a_heading_items_followed_by_more_prose_stay():
    lines = [ARTICLE] * 3
    for hour in (7, 8, 9):
        lines += [f"2 days ago at {hour:02d}:47 am", "I think this is a fine plan for the town."]
    lines += [LONG_COMMENT] * 12
    page = page_from_lines(*lines)
    assert kept_by(Thread(), page) == lines


SHORT_POST = (
    "Every few months we open the floor for questions about the plant and the port: "
    "ask us anything below, and we will answer."
)
KURZER_BEITRAG = (
    "Alle paar Monate können Sie uns hier Fragen zum Kraftwerk und zum Hafen stellen, "
    "und wir antworten unten."
)


def test_author_lines_make_a_thread_under_a_short_post():
    # A post of a few lines, then a longer thread: the author lines ("... said:") tell
    # comments apart from the article however short the post; its own date line stays.
    lines = ["May 2, 2019 | by Jane", SHORT_POST, SHORT_POST]
    for day, name in ((3, "Tom Hale"), (4, "Ana Ruiz"), (5, "Jane (Team)")):
        lines += [f"{name} on May {day}, 2019 at 4:47 pm said:", LONG_COMMENT, LONG_COMMENT]
    page = page_from_lines(*lines)
    drops = drops_of(Thread(), page)
    assert drops["Tom Hale on May 3, 2019 at 4:47 pm said:"] == "comment_run"
    assert kept_by(Thread(), page) == lines[:3]


def test_author_lines_make_a_german_thread_under_a_short_post():
    lines = ["2. Mai 2019 | von Anna", KURZER_BEITRAG, KURZER_BEITRAG]
    for day, name in ((3, "Max Muster"), (4, "Eva Roth"), (5, "Anna (Redaktion)")):
        lines += [f"{name} am {day}. Mai 2019 um 16:47 schreibt:", LANGER_KOMMENTAR]
    page = page_from_lines(*lines)
    assert kept_by(Thread(), page) == lines[:3]


def test_a_dialogue_with_said_lines_under_a_too_short_lead_stays():
    # Three "... said:" lines in an interview under a one-line lead: no article before
    # them to be the comments of, so nothing goes.
    lines = ["Interview"]
    for name in ("The mayor said:", "The minister said:", "The worker said:"):
        lines += [name, LONG_COMMENT]
    page = page_from_lines(*lines)
    assert kept_by(Thread(), page) == lines


def test_a_forum_of_author_lines_stays():
    lines = []
    for day, name in ((3, "Tom Hale"), (4, "Ana Ruiz"), (5, "Jane Roe"), (6, "Sam Lee")):
        lines += [f"{name} on May {day}, 2019 at 4:47 pm said:", LONG_COMMENT]
    page = page_from_lines(*lines)
    assert kept_by(Thread(), page) == lines


def test_said_lines_inside_an_article_that_goes_on_stay():
    lines = [ARTICLE] * 3
    for name in ("The mayor said:", "The minister said:", "The worker said:"):
        lines += [name, "We will find new jobs for everyone at the port."]
    lines += [ARTICLE] * 4
    page = page_from_lines(*lines)
    assert kept_by(Thread(), page) == lines


PRODUCT = (
    "This kettle boils a litre of water in three minutes, switches itself off when the "
    "water is ready, and keeps its handle cool so that you can pour it safely at once. "
    "The base turns all the way round and the filter lifts out for cleaning."
)
PRODUKT = (
    "Dieser Wasserkocher bringt einen Liter Wasser in drei Minuten zum Kochen, schaltet "
    "sich selbst ab, wenn das Wasser fertig ist, und hält den Griff kühl, damit man sofort "
    "sicher einschenken kann. Der Sockel dreht sich ganz herum."
)
LONG_REVIEW = " ".join(["We use it every morning and it has never let us down so far."] * 6)
LANGE_BEWERTUNG = " ".join(["Wir benutzen ihn jeden Morgen, und er hat uns nie enttäuscht."] * 6)


def test_review_headings_in_several_languages():
    assert review_heading("Customer Reviews") and review_heading("18 Reviews")
    assert review_heading("29 reviews for Steel Kettle") and review_heading("Bewertungen (12)")
    assert review_heading("Avis clients") and review_heading("レビュー")
    assert not review_heading("Reviews of the new budget are mixed, the minister said.")
    assert not review_heading("Write a review")


def test_a_review_heading_drops_reviews_that_outweigh_the_description():
    # The reviews hold more prose than the product's description: without their heading
    # they would read as a forum under a short notice; under "18 Reviews" they go, with
    # the rating lines between the heading and the first review.
    lines = [PRODUCT] * 3 + ["18 Reviews", "5 Stars", "80%", "4 Stars", "20%", "Great kettle"]
    for day in (3, 4, 5):
        lines += [LONG_REVIEW, f"by Sam from Leeds on May {day}, 2024"]
    page = page_from_lines(*lines)
    drops = drops_of(Thread(), page)
    assert drops["18 Reviews"] == "comment_run"
    assert kept_by(Thread(), page) == [PRODUCT] * 3


def test_a_german_review_heading_drops_the_reviews():
    lines = [PRODUKT] * 3 + ["Kundenbewertungen"]
    for day in (3, 4, 5):
        lines += [f"Anna – {day}. Mai 2024", LANGE_BEWERTUNG]
    page = page_from_lines(*lines)
    assert kept_by(Thread(), page) == [PRODUKT] * 3


def test_a_reviews_word_far_above_dated_items_keeps_them():
    # A "Reviews" menu entry at the top is too far from the dated items to be their heading.
    lines = ["Reviews", *[PRODUCT] * 2, *["Size 40", "Size 41"] * 12]
    for hour in (7, 8, 9):
        lines += [f"2 days ago at {hour:02d}:47 am", "I think this is a fine plan for the town."]
    lines += [LONG_COMMENT] * 12
    page = page_from_lines(*lines)
    assert kept_by(Thread(), page) == lines


def test_a_german_review_heading_without_dated_lines_keeps_the_text():
    lines = [PRODUKT] * 3 + ["Bewertungen", LANGE_BEWERTUNG, LANGE_BEWERTUNG, "Mai 2024"]
    page = page_from_lines(*lines)
    assert kept_by(Thread(), page) == lines


def test_rating_lines():
    assert rating_line("84%") and rating_line("5 stars 84%") and rating_line("4.7")
    assert rating_line("5 Sterne 70%")
    assert not rating_line("Great kettle") and not rating_line(LONG_REVIEW)
    assert not rating_line("Passt in jede Küche, zwei Jahre alt") and not rating_line("€ 24,90")


def test_rated_reviews_go_without_dated_lines():
    # Undated reviews under a heading and a rating summary: the summary's numbers mark them.
    lines = [PRODUCT] * 3 + ["Customer reviews", "4.7", "5 stars 84%", "4 stars 10%", "3 stars 6%"]
    lines += ["Great kettle", LONG_REVIEW, "Works well", LONG_REVIEW]
    page = page_from_lines(*lines)
    drops = drops_of(Thread(), page)
    assert drops["Customer reviews"] == "comment_run"
    assert kept_by(Thread(), page) == [PRODUCT] * 3


def test_german_rated_reviews_go():
    lines = [PRODUKT] * 3 + ["Bewertungen (12)", "4,5", "5 Sterne 70%", "4 Sterne 30%"]
    lines += ["Super Gerät", LANGE_BEWERTUNG]
    page = page_from_lines(*lines)
    assert kept_by(Thread(), page) == [PRODUKT] * 3


def test_a_review_heading_above_the_product_keeps_it():
    # The rating summary at the top of the page comes before the product's text: no
    # article lies above it, so nothing goes.
    lines = ["Reviews (3)", "4.5", "5 stars 70%", "4 stars 30%", *[PRODUCT] * 3]
    page = page_from_lines(*lines)
    assert kept_by(Thread(), page) == lines


def test_a_reviews_heading_over_text_without_numbers_stays():
    lines = [PRODUCT] * 3 + ["Reviews", LONG_REVIEW, "Works well in our kitchen", LONG_REVIEW]
    page = page_from_lines(*lines)
    assert kept_by(Thread(), page) == lines


MENU = ["Home", "Shop", "Kettles", "Toasters", "Sale", "Gift cards", "Stores", "Help", "Account"]
MENÜ = ["Start", "Shop", "Wasserkocher", "Toaster", "Angebote", "Gutscheine", "Filialen", "Hilfe"]


def test_rated_reviews_at_the_end_go_after_a_short_description():
    # A product's description is short (two paragraphs, under min_article_words of prose):
    # its rated reviews, late in the page, still go.
    lines = [*MENU, PRODUCT, PRODUCT, "Customer reviews", "4.7", "5 stars 84%", "4 stars 16%"]
    lines += ["Great kettle", LONG_REVIEW, "Works well", LONG_REVIEW]
    page = page_from_lines(*lines)
    drops = drops_of(Thread(), page)
    assert drops["Customer reviews"] == "comment_run"
    assert kept_by(Thread(), page) == [*MENU, PRODUCT, PRODUCT]


def test_german_rated_reviews_at_the_end_go_after_a_short_description():
    lines = [*MENÜ, PRODUKT, PRODUKT, "Bewertungen (12)", "4,5", "5 Sterne 70%", "4 Sterne 30%"]
    lines += ["Super Gerät", LANGE_BEWERTUNG]
    page = page_from_lines(*lines)
    assert kept_by(Thread(), page) == [*MENÜ, PRODUKT, PRODUKT]


def test_a_rating_summary_early_under_a_short_description_keeps_the_rest():
    # The same summary in the page's first half, under a short lead, is the product's
    # header: the description and specifications under it stay.
    specs = [f"Part {number}: steel, {number} mm" for number in range(12)]
    lines = [PRODUCT, "Reviews (3)", "4.5", "5 stars 70%", "4 stars 30%", PRODUCT, *specs]
    page = page_from_lines(*lines)
    assert kept_by(Thread(), page) == lines
    teile = [f"Teil {number}: Stahl, {number} mm" for number in range(12)]
    zeilen = [PRODUKT, "Bewertungen (3)", "4,5", "5 Sterne 70%", "4 Sterne 30%", PRODUKT, *teile]
    page = page_from_lines(*zeilen)
    assert kept_by(Thread(), page) == zeilen
