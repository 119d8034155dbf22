"""Signing in, writing and submitting a post with the keyboard alone (WCAG 2.1.1), with a
visible focus indicator on everything reached along the way (2.4.7)."""

from __future__ import annotations

from dataclasses import dataclass

from playwright.sync_api import Page, expect

from blog.models import Post, Status
from tests.e2e.journeys import PASSWORD

MAX_TABS = 60

# What has focus, and whether anything shows it (an outline or a focus ring shadow).
DESCRIBE_FOCUS = """() => {
  const element = document.activeElement;
  if (!element || element === document.body) return null;
  const style = getComputedStyle(element);
  const label = element.labels && element.labels.length ? element.labels[0].innerText : '';
  return {
    tag: element.tagName.toLowerCase(),
    name: (label || element.getAttribute('aria-label') || element.innerText || element.value || '')
      .replace(/\\s+/g, ' ').replace(/\\*$/, '').trim(),
    visible: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
      || (style.boxShadow && style.boxShadow !== 'none'),
  };
}"""


@dataclass
class Focus:
    tag: str
    name: str
    visible: bool


class Keyboard:
    """Moves through a page with Tab only, checking each stop shows that it has focus."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.unseen_focus: list[str] = []

    def focused(self) -> Focus | None:
        found = self.page.evaluate(DESCRIBE_FOCUS)
        return Focus(**found) if found else None

    def tab_to(self, name: str, tag: str | None = None) -> None:
        """Press Tab until the element called `name` has focus."""
        for _ in range(MAX_TABS):
            self.page.keyboard.press("Tab")
            focus = self.focused()
            if focus is None:
                continue
            if not focus.visible:
                self.unseen_focus.append(f"{focus.tag} “{focus.name}” on {self.page.url}")
            if focus.name == name and (tag is None or focus.tag == tag):
                return
        raise AssertionError(f"Tab never reached “{name}” on {self.page.url}")

    def type_into(self, name: str, text: str) -> None:
        self.tab_to(name)
        self.page.keyboard.type(text)


def test_a_member_signs_in_writes_and_submits_a_post_with_the_keyboard_alone(visit, practitioner):
    writer = visit()
    page = writer.page
    keys = Keyboard(page)
    writer.go("/")

    page.keyboard.press("Tab")
    assert keys.focused().name == "Skip to main content", "the skip link is not the first stop"
    keys.tab_to("Log in", tag="a")
    page.keyboard.press("Enter")
    page.wait_for_url("**/accounts/login/**")
    keys.type_into("Email", practitioner.email)
    keys.type_into("Password", PASSWORD)
    keys.tab_to("Log in", tag="button")
    page.keyboard.press("Enter")
    expect(page.get_by_role("button", name="Log out")).to_be_visible()

    keys.tab_to("Write", tag="a")
    page.keyboard.press("Enter")
    page.wait_for_url("**/write/new/")
    # The skip link takes focus past the navigation, straight to the form.
    keys.tab_to("Skip to main content")
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert keys.focused().name == "Title", "after the skip link, Tab should reach the form"
    page.keyboard.press("Shift+Tab")
    keys.type_into("Title", "Typed without a mouse")
    keys.type_into("Body", "Everything here was written with the keyboard.\n\nIt still works.")
    keys.type_into("Tags", "accessibility")
    keys.tab_to("Submit for publishing", tag="button")
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Typed without a mouse")
    post = Post.objects.get(title="Typed without a mouse")
    assert post.status == Status.PUBLISHED
    assert list(post.tags.values_list("name", flat=True)) == ["accessibility"]
    assert not keys.unseen_focus, "Focus was not visible on:\n" + "\n".join(keys.unseen_focus)
