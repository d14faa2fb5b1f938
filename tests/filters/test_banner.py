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
