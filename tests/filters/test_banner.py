from pagetidy.filters.banner import Banner
from tests.conftest import drops_of, kept_by, page_from_lines


def test_drops_cookie_banner_and_its_buttons():
    page = page_from_lines(
        "We use cookies to improve your experience. See our privacy policy.",
        "Accept all",
        "Manage preferences",
        "The council met on Monday.",
    )
    assert drops_of(Banner(), page) == {
        "We use cookies to improve your experience. See our privacy policy.": "consent_banner",
        "Accept all": "banner_button",
        "Manage preferences": "banner_button",
    }


def test_drops_german_and_newsletter_banners():
    page = page_from_lines(
        "Wir verwenden Cookies. Mit Alle akzeptieren stimmen Sie der Datenschutzerklärung zu.",
        "Sign up for our newsletter and get the best stories in your inbox.",
    )
    assert set(drops_of(Banner(), page).values()) == {"consent_banner"}


def test_keeps_a_recipe_about_cookies():
    page = page_from_lines(
        "Bake the cookies for twelve minutes.", "Our newsletter said the cookies sold out."
    )
    assert kept_by(Banner(), page) == [block.text for block in page.blocks]


def test_drops_a_cookie_box_with_its_descriptions():
    page = page_from_lines(
        "The council met on Monday and voted to close the old coal plant by the end of 2030.",
        "This website uses cookies to improve your experience while you browse. Necessary "
        "cookies are stored in your browser; we also ask your consent for others.",
        "Necessary cookies are absolutely essential for the website to work properly.",
        "Analytics cookies help us understand how visitors use the website.",
        "Other uncategorized cookies are those that are being analyzed.",
    )
    drops = drops_of(Banner(), page)
    assert drops[
        "Necessary cookies are absolutely essential for the website to work properly."
    ] == ("banner_box")
    assert drops["Other uncategorized cookies are those that are being analyzed."] == "banner_box"
    assert kept_by(Banner(), page) == [page.blocks[0].text]


def test_drops_a_german_cookie_box():
    page = page_from_lines(
        "Wir verwenden Cookies. Mit Alle akzeptieren stimmen Sie der Datenschutzerklärung zu.",
        "Notwendige Cookies sind für die Grundfunktionen der Website erforderlich.",
        "Der Stadtrat hat am Montag beschlossen, das alte Kohlekraftwerk zu schließen.",
    )
    drops = drops_of(Banner(), page)
    assert drops["Notwendige Cookies sind für die Grundfunktionen der Website erforderlich."] == (
        "banner_box"
    )
    assert kept_by(Banner(), page) == [page.blocks[2].text]


def test_a_box_does_not_reach_past_two_blocks_without_banner_words():
    page = page_from_lines(
        "We use cookies to improve your experience. See our privacy policy.",
        "The bakery opened on Monday and the queue ran round the block.",
        "Its owner, a former teacher, had baked through the night.",
        "The cookies sold out by noon, and the owner baked three more trays.",
    )
    assert kept_by(Banner(), page) == [block.text for block in page.blocks[1:]]


def test_a_recipe_with_cookies_in_every_step_stays():
    page = page_from_lines(
        "Mix the butter and sugar, then fold in the flour for the cookies.",
        "Bake the cookies for twelve minutes, until the edges turn golden.",
        "Lass die Cookies auf dem Blech abkühlen, bevor du sie servierst.",
    )
    assert kept_by(Banner(), page) == [block.text for block in page.blocks]
