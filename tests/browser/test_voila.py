"""The start notebook served by Voilà, as an instructor shows it full screen: the article
reader renders without the code and responds."""

from __future__ import annotations

from playwright.sync_api import expect

from framekit import load_story
from framekit.show.reader import reader_html
from harness import first_paragraph, voila


def test_voila_serves_the_reader_and_it_responds(browser, tmp_path, artifacts) -> None:
    story = load_story("crocus-call-2024")
    first, second = story.articles[0], story.articles[1]
    expected = first_paragraph(reader_html([first, second], "Kiev"))
    with voila(tmp_path, "00_start_here.ipynb") as server:
        page = browser.new_page()
        try:
            page.goto(f"{server.url}/", timeout=90_000)
            reader = page.locator(".jupyter-widgets.widget-vbox").first
            reader.wait_for(timeout=90_000)
            expect(reader.locator(".widget-dropdown select").first).to_have_value(first.id)
            assert page.locator(".jp-InputArea-editor, .cm-editor").count() == 0  # widgets on show, not code
            expect(page.get_by_text("Reading the articles side by side")).to_be_visible()
            expect(reader).not_to_contain_text(expected)
            reader.locator(".widget-text input").fill("Kiev")
            expect(reader).to_contain_text(expected, timeout=15_000)
            reader.screenshot(path=str(artifacts / "00_start_here-voila.png"))
        finally:
            page.close()
