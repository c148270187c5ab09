"""`sse add`: a web page fetched, or a file copied, into the corpus folder under the next free id;
the index is refreshed and the new record's id and title printed."""

import typer

from ssecli.cli.core import app, error, open_store, state, warn
from ssecli.errors import UsageError


@app.command("add")
def add_cmd(
    sources: list[str] = typer.Argument(..., metavar="URL|FILE...", help="Web pages to fetch, or files to copy."),
    title: str | None = typer.Option(None, "--title", help="The title, where the page's metadata give a wrong one."),
    date: str | None = typer.Option(
        None, "--date", help="The publication date (2023-05-12), where the page's metadata give a wrong one."
    ),
) -> None:
    """Add web pages or files to the corpus folder.

    Fetch each web page (or copy each .txt, .md, .html or .pdf file) into the folder as published,
    named by the next free id and a slug of its title (412_coops-in-kenya.html), refresh the index
    and print each new record's id and title.

    An article already in the folder (the same address, or the same text) is not added again. A page
    that cannot be fetched (an HTTP error, no answer within SSE_FETCH_TIMEOUT seconds, not HTML)
    is not saved, and sse exits 1. The bundled seeds are read-only: name a folder with --corpus.

    Examples:

      sse --corpus ~/articles add https://example.org/news/coops-in-kenya

      sse --corpus ~/articles add report.pdf notes.md

      sse --corpus ~/articles add https://example.org/page --title "Coops in Kenya" --date 2023-05-12
    """
    from ssecli.corpus import corpus_dir
    from ssecli.corpus.adding import (
        AddFailed,
        address_in_folder,
        candidate_from_file,
        candidate_from_url,
        check_date,
        is_url,
        next_name,
        save,
        working_title,
    )
    from ssecli.settings import corpus_option, fetch_seconds

    if corpus_option(str(state.corpus) if state.corpus else None) is None:
        raise UsageError(
            "sse add needs a corpus folder to add to (the bundled seed articles are read-only): "
            "name one with --corpus FOLDER, or set SSE_CORPUS=FOLDER"
        )
    if (title is not None or date is not None) and len(sources) > 1:
        raise UsageError("--title and --date apply to one article: add the others without them")
    check_date(date)
    folder = corpus_dir(str(state.corpus))
    store = open_store()
    added: list[str] = []
    failed = 0
    for source in sources:
        try:
            if is_url(source):
                same = address_in_folder(folder, source)
                if same:
                    warn(f"{source} is already in the corpus as {same}: not added again")
                    continue
                candidate = candidate_from_url(source, fetch_seconds(), title, date)
            else:
                candidate = candidate_from_file(source, title, date)
            same = store.file_with_text(candidate.article.text)
            if same:
                warn(f"{source} is already in the corpus as {same} (the same text): not added again")
                continue
            _, name = next_name(folder, title or working_title(candidate.article), candidate.suffix)
            save(folder, name, candidate.data)
            added.append(name)
            store.close()
            store = open_store()  # the next source is compared with this one too
        except AddFailed as e:
            error(str(e))
            failed += 1
    for name in added:
        record = store.record_of_file(name)
        if record is not None:
            state.output.stdout.write(f"{record.id}\t{record.title}\n")
        else:  # read by the index as a problem, said above by open_store
            error(f"{name} was saved but could not be read as an article")
            failed += 1
    if failed:
        raise typer.Exit(1)
