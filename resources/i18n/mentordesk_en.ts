<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Action item</source>
        <translation>Action item</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
</context>
<context>
    <name>AdrExport</name>
    <message>
        <source>Unknown format {fmt!r}: use madr or nygard.</source>
        <translation>Unknown format {fmt!r}: use madr or nygard.</translation>
    </message>
    <message>
        <source>No decisions of the log {log!r}: the logs are {logs}.</source>
        <translation>No decisions of the log {log!r}: the logs are {logs}.</translation>
    </message>
</context>
<context>
    <name>AdrExportReport</name>
    <message>
        <source>{count} decisions written</source>
        <translation>{count} decisions written</translation>
    </message>
    <message>
        <source> ({count} of them edited since import: only what changed rewritten)</source>
        <translation> ({count} of them edited since import: only what changed rewritten)</translation>
    </message>
    <message>
        <source>, {confidential_left_out} confidential left out</source>
        <translation>, {confidential_left_out} confidential left out</translation>
    </message>
    <message>
        <source>, {private_left_out} private left out</source>
        <translation>, {private_left_out} private left out</translation>
    </message>
</context>
<context>
    <name>AdrFolderService</name>
    <message>
        <source>{written} decisions</source>
        <translation>{written} decisions</translation>
    </message>
    <message>
        <source>The {count} decisions were written but not yet linked to each other; importing the folder again links them.</source>
        <translation>The {count} decisions were written but not yet linked to each other; importing the folder again links them.</translation>
    </message>
</context>
<context>
    <name>AdrImportReport</name>
    <message>
        <source>{} imported, {} updated, {} unchanged, {} skipped</source>
        <extracomment>Decisions written per transaction: about a quarter of a second of holding the write lock.</extracomment>
        <translation>{} imported, {} updated, {} unchanged, {} skipped</translation>
    </message>
    <message>
        <source>Cancelled with {unread} files not read yet, and no links between decisions set. Importing the folder again adds the rest and links them.</source>
        <translation>Cancelled with {unread} files not read yet, and no links between decisions set. Importing the folder again adds the rest and links them.</translation>
    </message>
    <message>
        <source>  skipped {name}: {why}</source>
        <translation>  skipped {name}: {why}</translation>
    </message>
    <message>
        <source>  {name}: ADR-{here:04d} here (number {number} is taken); the folder keeps {number}</source>
        <translation>  {name}: ADR-{here:04d} here (number {number} is taken); the folder keeps {number}</translation>
    </message>
</context>
<context>
    <name>Applier</name>
    <message>
        <source>The export holds the {where}, a kind of record that does not travel.</source>
        <translation>The export holds the {where}, a kind of record that does not travel.</translation>
    </message>
    <message>
        <source>The export&apos;s {where} does not have the fields this version of MentorDesk uses.</source>
        <translation>The export&apos;s {where} does not have the fields this version of MentorDesk uses.</translation>
    </message>
    <message>
        <source>The export&apos;s {where} is not valid: {error}.</source>
        <translation>The export&apos;s {where} is not valid: {error}.</translation>
    </message>
    <message>
        <source>The export holds the {where}, which is a record of another pairing here.</source>
        <translation>The export holds the {where}, which is a record of another pairing here.</translation>
    </message>
    <message>
        <source>The export holds the {where}, which is not the pairing it is for.</source>
        <translation>The export holds the {where}, which is not the pairing it is for.</translation>
    </message>
    <message>
        <source>The export holds the {where}, who is not one of the pairing&apos;s two people.</source>
        <translation>The export holds the {where}, who is not one of the pairing&apos;s two people.</translation>
    </message>
    <message>
        <source>The export holds the {where}, which belongs to another pairing.</source>
        <translation>The export holds the {where}, which belongs to another pairing.</translation>
    </message>
    <message>
        <source>The export removes the {where}; a partner cannot remove the pairing.</source>
        <translation>The export removes the {where}; a partner cannot remove the pairing.</translation>
    </message>
    <message>
        <source>The export changes who is in the {where}; a partner cannot do that.</source>
        <translation>The export changes who is in the {where}; a partner cannot do that.</translation>
    </message>
    <message>
        <source>The export changes the {where}, who is you; only you change your own details.</source>
        <translation>The export changes the {where}, who is you; only you change your own details.</translation>
    </message>
    <message>
        <source>The export changes the {where}, who is also in another pairing here; a partner may only change the people of their own pairing.</source>
        <translation>The export changes the {where}, who is also in another pairing here; a partner may only change the people of their own pairing.</translation>
    </message>
    <message>
        <source>The export changes the {where}, which you wrote; only you change it.</source>
        <translation>The export changes the {where}, which you wrote; only you change it.</translation>
    </message>
    <message>
        <source>The export holds the {where}, written in your name; it was refused.</source>
        <translation>The export holds the {where}, written in your name; it was refused.</translation>
    </message>
    <message>
        <source>The export refers to records this database does not have. Import the earlier exports from the same partner first, then this one.</source>
        <extracomment>Written records of one kind beyond which the pairing&apos;s records of that kind are checked in one pass.</extracomment>
        <translation>The export refers to records this database does not have. Import the earlier exports from the same partner first, then this one.</translation>
    </message>
    <message>
        <source>The export links a {kind} to a record of another pairing; it was refused.</source>
        <translation>The export links a {kind} to a record of another pairing; it was refused.</translation>
    </message>
</context>
<context>
    <name>ArcheologyPage</name>
    <message>
        <source>Up and Down choose the previous or next event; Enter edits it</source>
        <translation>Up and Down choose the previous or next event; Enter edits it</translation>
    </message>
    <message>
        <source>The event or era chosen</source>
        <translation>The event or era chosen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Add cause…</source>
        <translation>Add cause…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>Filter events</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Any kind</translation>
    </message>
    <message>
        <source>Any component</source>
        <translation>Any component</translation>
    </message>
    <message>
        <source>Any era</source>
        <translation>Any era</translation>
    </message>
    <message>
        <source>Delete event…</source>
        <translation>Delete event…</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Edit event</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>New event (Ctrl+N)</source>
        <translation>New event (Ctrl+N)</translation>
    </message>
    <message>
        <source>Eras…</source>
        <translation>Eras…</translation>
    </message>
    <message>
        <source>Components…</source>
        <translation>Components…</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom out (−, Ctrl+wheel)</source>
        <translation>Zoom out (−, Ctrl+wheel)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom in (+, Ctrl+wheel)</source>
        <translation>Zoom in (+, Ctrl+wheel)</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Fit all</translation>
    </message>
    <message>
        <source>Show the whole history (Ctrl+0)</source>
        <translation>Show the whole history (Ctrl+0)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Go to today (Ctrl+T)</source>
        <translation>Go to today (Ctrl+T)</translation>
    </message>
    <message>
        <source>Go to date…</source>
        <translation>Go to date…</translation>
    </message>
    <message>
        <source>Centre the timeline on a date (Ctrl+G)</source>
        <translation>Centre the timeline on a date (Ctrl+G)</translation>
    </message>
    <message>
        <source>Import  </source>
        <translation>Import  </translation>
    </message>
    <message>
        <source>Export  </source>
        <translation>Export  </translation>
    </message>
    <message>
        <source>Releases and merges from a git repository…</source>
        <translation>Releases and merges from a git repository…</translation>
    </message>
    <message>
        <source>Events from a CSV file…</source>
        <translation>Events from a CSV file…</translation>
    </message>
    <message>
        <source>Events as CSV…</source>
        <translation>Events as CSV…</translation>
    </message>
    <message>
        <source>Timeline as a PNG image…</source>
        <translation>Timeline as a PNG image…</translation>
    </message>
    <message>
        <source>Timeline as an SVG image…</source>
        <translation>Timeline as an SVG image…</translation>
    </message>
    <message>
        <source>{count} events</source>
        <translation>{count} events</translation>
    </message>
    <message>
        <source>{count} of {count2} events (filtered)</source>
        <translation>{count} of {count2} events (filtered)</translation>
    </message>
    <message>
        <source>{count} events across {eras} eras ({names})</source>
        <translation>{count} events across {eras} eras ({names})</translation>
    </message>
    <message>
        <source>{matching} of {count} events match · others are dimmed</source>
        <translation>{matching} of {count} events match · others are dimmed</translation>
    </message>
    <message>
        <source>Ticks: {name}</source>
        <translation>Ticks: {name}</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Delete event</translation>
    </message>
    <message>
        <source>Delete “{title}”? Ctrl+Z brings it back.</source>
        <translation>Delete “{title}”? Ctrl+Z brings it back.</translation>
    </message>
    <message>
        <source>Add cause</source>
        <translation>Add cause</translation>
    </message>
    <message>
        <source>What led to “{title}”?</source>
        <translation>What led to “{title}”?</translation>
    </message>
    <message>
        <source>Date (2019-03-14, 2019-03 or 2019):</source>
        <translation>Date (2019-03-14, 2019-03 or 2019):</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>Go to date</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Go</translation>
    </message>
    <message>
        <source>Delete the era “{name}”? Its events stay on the timeline.</source>
        <translation>Delete the era “{name}”? Its events stay on the timeline.</translation>
    </message>
    <message>
        <source>Delete era</source>
        <translation>Delete era</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Eras</source>
        <translation>Eras</translation>
    </message>
    <message>
        <source>Components (lanes)</source>
        <translation>Components (lanes)</translation>
    </message>
</context>
<context>
    <name>ArcheologyService</name>
    <message>
        <source>{name} (deleted {id})</source>
        <translation>{name} (deleted {id})</translation>
    </message>
    <message>
        <source>A component needs a name.</source>
        <translation>A component needs a name.</translation>
    </message>
    <message>
        <source>A component name can be at most {MAX_NAME} characters.</source>
        <translation>A component name can be at most {MAX_NAME} characters.</translation>
    </message>
    <message>
        <source>There is already a component called “{name}”.</source>
        <translation>There is already a component called “{name}”.</translation>
    </message>
    <message>
        <source>ArcheologyEvent {event_id} does not exist</source>
        <translation>ArcheologyEvent {event_id} does not exist</translation>
    </message>
    <message>
        <source>An event needs a title.</source>
        <translation>An event needs a title.</translation>
    </message>
    <message>
        <source>An event title can be at most {MAX_TITLE} characters.</source>
        <translation>An event title can be at most {MAX_TITLE} characters.</translation>
    </message>
    <message>
        <source>Unknown components: {names}</source>
        <translation>Unknown components: {names}</translation>
    </message>
    <message>
        <source>An event cannot cause itself.</source>
        <translation>An event cannot cause itself.</translation>
    </message>
    <message>
        <source>Only events of the same pairing can be linked.</source>
        <translation>Only events of the same pairing can be linked.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>daily, or made by hand</source>
        <translation>daily, or made by hand</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>before an import</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>No backups yet. One is made at the first start of each day.</source>
        <translation>No backups yet. One is made at the first start of each day.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Backups of {database}</source>
        <translation>Backups of {database}</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>Copying the database…</translation>
    </message>
    <message>
        <source>The backup was not made</source>
        <translation>The backup was not made</translation>
    </message>
    <message>
        <source>Put the backup from {made} in place of the database?

The database as it is now is kept as a backup first. MentorDesk saves what you typed, closes and starts again on the restored file.</source>
        <translation>Put the backup from {made} in place of the database?

The database as it is now is kept as a backup first. MentorDesk saves what you typed, closes and starts again on the restored file.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>Backlog</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <source>Days 1–30</source>
        <translation>Days 1–30</translation>
    </message>
    <message>
        <source>Days 31–60</source>
        <translation>Days 31–60</translation>
    </message>
    <message>
        <source>Days 61–90</source>
        <translation>Days 61–90</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>BoardCommand</name>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>{what} of “{name}” did not work: {error}</source>
        <translation>{what} of “{name}” did not work: {error}</translation>
    </message>
</context>
<context>
    <name>BoardService</name>
    <message>
        <source>A checklist item needs some text.</source>
        <translation>A checklist item needs some text.</translation>
    </message>
    <message>
        <source>A column needs a title.</source>
        <translation>A column needs a title.</translation>
    </message>
    <message>
        <source>A WIP limit is at least 1 (or none).</source>
        <translation>A WIP limit is at least 1 (or none).</translation>
    </message>
    <message>
        <source>Say where the {count} cards of {text!r} should go.</source>
        <translation>Say where the {count} cards of {text!r} should go.</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>overdue {day}</source>
        <translation>overdue {day}</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>due {day}</translation>
    </message>
    <message>
        <source>reached {day}</source>
        <translation>reached {day}</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archived</translation>
    </message>
</context>
<context>
    <name>CardEditor</name>
    <message>
        <source>New card</source>
        <translation>New card</translation>
    </message>
    <message>
        <source>What is the card about?</source>
        <translation>What is the card about?</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Competencies</translation>
    </message>
    <message>
        <source>Description (Markdown)</source>
        <translation>Description (Markdown)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Description as it reads</source>
        <translation>Description as it reads</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Add a checklist item and press Enter</source>
        <translation>Add a checklist item and press Enter</translation>
    </message>
    <message>
        <source>New checklist item</source>
        <translation>New checklist item</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Linked decisions, sessions, cards and events</source>
        <translation>Linked decisions, sessions, cards and events</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the card</source>
        <translation>Save the card</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibility</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>Edit card</translation>
    </message>
    <message>
        <source>Create card</source>
        <translation>Create card</translation>
    </message>
    <message>
        <source>Note: due before the pairing started ({start_date}).</source>
        <translation>Note: due before the pairing started ({start_date}).</translation>
    </message>
</context>
<context>
    <name>CardListModel</name>
    <message>
        <source>{title}
{kind}, owner: {owner}</source>
        <translation>{title}
{kind}, owner: {owner}</translation>
    </message>
</context>
<context>
    <name>CardsDialog</name>
    <message>
        <source>Pairing cards</source>
        <translation>Pairing cards</translation>
    </message>
    <message>
        <source>Copy card</source>
        <translation>Copy card</translation>
    </message>
    <message>
        <source>Save card…</source>
        <translation>Save card…</translation>
    </message>
    <message>
        <source>No partner card is linked to {pairing} yet. Use Sync → Import partner&apos;s card…</source>
        <translation>No partner card is linked to {pairing} yet. Use Sync → Import partner&apos;s card…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{partner}&lt;/b&gt; is the partner of {pairing}.&lt;br&gt;Their fingerprint: &lt;b&gt;{fingerprint}&lt;/b&gt;&lt;br&gt;Read both fingerprints aloud to each other to be sure the cards were not swapped on the way.</source>
        <translation>&lt;b&gt;{partner}&lt;/b&gt; is the partner of {pairing}.&lt;br&gt;Their fingerprint: &lt;b&gt;{fingerprint}&lt;/b&gt;&lt;br&gt;Read both fingerprints aloud to each other to be sure the cards were not swapped on the way.</translation>
    </message>
    <message>
        <source>Save pairing card</source>
        <translation>Save pairing card</translation>
    </message>
    <message>
        <source>Pairing cards (*.mdcard *.txt)</source>
        <translation>Pairing cards (*.mdcard *.txt)</translation>
    </message>
    <message>
        <source>The card could not be saved: {error}</source>
        <translation>The card could not be saved: {error}</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>No session held yet. Held sessions are counted here per month, beside the cadence&apos;s target.</source>
        <extracomment>What each chart would show, said in its place while it has nothing to show (bare axes say nothing).</extracomment>
        <translation>No session held yet. Held sessions are counted here per month, beside the cadence&apos;s target.</translation>
    </message>
    <message>
        <source>No decision dated within the pairing yet. Decisions are counted here per month.</source>
        <translation>No decision dated within the pairing yet. Decisions are counted here per month.</translation>
    </message>
    <message>
        <source>No card or decision is tagged with a competency yet. Give the pairing its competencies (File → Edit pairing…), then tag cards with them.</source>
        <translation>No card or decision is tagged with a competency yet. Give the pairing its competencies (File → Edit pairing…), then tag cards with them.</translation>
    </message>
    <message>
        <source>No rating yet. The mentee&apos;s 1–5 rating of each held session is drawn here, month by month.</source>
        <translation>No rating yet. The mentee&apos;s 1–5 rating of each held session is drawn here, month by month.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Exact day</source>
        <translation>Exact day</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Shared with my partner</source>
        <translation>Shared with my partner</translation>
    </message>
    <message>
        <source>Confidential (hidden in Review mode)</source>
        <translation>Confidential (hidden in Review mode)</translation>
    </message>
    <message>
        <source>Private (stays on this computer)</source>
        <translation>Private (stays on this computer)</translation>
    </message>
</context>
<context>
    <name>ColumnActions</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Edit column</source>
        <translation>Edit column</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>Add column</translation>
    </message>
    <message>
        <source>Delete column</source>
        <translation>Delete column</translation>
    </message>
    <message>
        <source>{title} has {count} cards. Move them to:</source>
        <translation>{title} has {count} cards. Move them to:</translation>
    </message>
    <message>
        <source>Move and delete</source>
        <translation>Move and delete</translation>
    </message>
    <message>
        <source>Delete the empty column {title}?</source>
        <translation>Delete the empty column {title}?</translation>
    </message>
</context>
<context>
    <name>ColumnDialog</name>
    <message>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>Most cards the column should hold; the board warns past it</source>
        <translation>Most cards the column should hold; the board warns past it</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>WIP limit</source>
        <translation>WIP limit</translation>
    </message>
    <message>
        <source>column</source>
        <translation>column</translation>
    </message>
</context>
<context>
    <name>ColumnView</name>
    <message>
        <source>Column {title}</source>
        <translation>Column {title}</translation>
    </message>
    <message>
        <source>Rename or set WIP limit…</source>
        <translation>Rename or set WIP limit…</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>Move left</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>Move right</translation>
    </message>
    <message>
        <source>Add a column after this one…</source>
        <translation>Add a column after this one…</translation>
    </message>
    <message>
        <source>Delete column…</source>
        <translation>Delete column…</translation>
    </message>
    <message>
        <source>Over its WIP limit of {wip_limit}</source>
        <translation>Over its WIP limit of {wip_limit}</translation>
    </message>
</context>
<context>
    <name>Command palette</name>
    <message>
        <source>Command palette</source>
        <translation>Command palette</translation>
    </message>
    <message>
        <source>Type a command or a record&apos;s name</source>
        <translation>Type a command or a record&apos;s name</translation>
    </message>
    <message>
        <source>Command or record</source>
        <translation>Command or record</translation>
    </message>
    <message>
        <source>Matching commands and records</source>
        <translation>Matching commands and records</translation>
    </message>
    <message>
        <source>↑↓ choose · Enter runs · Esc closes</source>
        <translation>↑↓ choose · Enter runs · Esc closes</translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <source>Resolve…</source>
        <translation>Resolve…</translation>
    </message>
    <message>
        <source>your partner</source>
        <translation>your partner</translation>
    </message>
    <message>
        <source>edit conflicts</source>
        <translation>edit conflicts</translation>
    </message>
    <message>
        <source>edits conflict</source>
        <translation>edits conflict</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} {edits}&lt;/b&gt; with {who}&apos;s: you both changed the same thing. Choose what to keep.</source>
        <translation>&lt;b&gt;{count} {edits}&lt;/b&gt; with {who}&apos;s: you both changed the same thing. Choose what to keep.</translation>
    </message>
</context>
<context>
    <name>ConflictService</name>
    <message>
        <source>There are no {kind} records.</source>
        <translation>There are no {kind} records.</translation>
    </message>
    <message>
        <source>That value is already taken by another record (for instance a decision number); keep the other value, or change the other record first.</source>
        <translation>That value is already taken by another record (for instance a decision number); keep the other value, or change the other record first.</translation>
    </message>
    <message>
        <source>That conflict is already settled.</source>
        <translation>That conflict is already settled.</translation>
    </message>
    <message>
        <source>There is no such value to keep.</source>
        <translation>There is no such value to keep.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>Open record</translation>
    </message>
    <message>
        <source>No conflicts: both copies agree.</source>
        <translation>No conflicts: both copies agree.</translation>
    </message>
    <message>
        <source>You and your partner changed {what} on your own copies at the same time. Choose the version to keep; your choice reaches your partner with your next export.</source>
        <translation>You and your partner changed {what} on your own copies at the same time. Choose the version to keep; your choice reaches your partner with your next export.</translation>
    </message>
    <message>
        <source>this field</source>
        <translation>this field</translation>
    </message>
    <message>
        <source>these {count} fields</source>
        <translation>these {count} fields</translation>
    </message>
    <message>
        <source>your version</source>
        <translation>your version</translation>
    </message>
    <message>
        <source>{author}&apos;s version</source>
        <translation>{author}&apos;s version</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kind}: {title}&lt;/b&gt;&lt;br&gt;{field} was changed on both copies. Until you choose, both copies show {shown_as}.</source>
        <translation>&lt;b&gt;{kind}: {title}&lt;/b&gt;&lt;br&gt;{field} was changed on both copies. Until you choose, both copies show {shown_as}.</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Your version</translation>
    </message>
    <message>
        <source>Keep this (Ctrl+{number})</source>
        <translation>Keep this (Ctrl+{number})</translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation>Keep this</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>What you typed was saved.</source>
        <translation>What you typed was saved.</translation>
    </message>
    <message>
        <source>What you typed could not all be saved; it is still in its fields.</source>
        <translation>What you typed could not all be saved; it is still in its fields.</translation>
    </message>
    <message>
        <source>Something went wrong that MentorDesk did not expect ({name__}: {error}).

{saved} The details are in {log_path}; please include them if you report it.</source>
        <translation>Something went wrong that MentorDesk did not expect ({name__}: {error}).

{saved} The details are in {log_path}; please include them if you report it.</translation>
    </message>
    <message>
        <source>MentorDesk</source>
        <translation>MentorDesk</translation>
    </message>
</context>
<context>
    <name>CreateCard</name>
    <message>
        <source>Create “{title}”</source>
        <translation>Create “{title}”</translation>
    </message>
</context>
<context>
    <name>CreateIdentityDialog</name>
    <message>
        <source>Set up sync on this device</source>
        <translation>Set up sync on this device</translation>
    </message>
    <message>
        <source>Your name, as your partner will see it</source>
        <translation>Your name, as your partner will see it</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>passphrase</translation>
    </message>
    <message>
        <source>MentorDesk creates a key pair for this device. Exports are encrypted to your partner&apos;s key and signed with yours, so only the two of you can read them.</source>
        <translation>MentorDesk creates a key pair for this device. Exports are encrypted to your partner&apos;s key and signed with yours, so only the two of you can read them.</translation>
    </message>
    <message>
        <source>

This system has no secure keyring, so the keys are sealed with a passphrase you choose here. MentorDesk asks for it once each time it starts sync. It cannot be recovered.</source>
        <translation>

This system has no secure keyring, so the keys are sealed with a passphrase you choose here. MentorDesk asks for it once each time it starts sync. It cannot be recovered.</translation>
    </message>
    <message>
        <source>

The secret keys are kept in the system keyring.</source>
        <translation>

The secret keys are kept in the system keyring.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Create keys</source>
        <translation>Create keys</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Enter your name.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the database file is damaged</source>
        <extracomment>What the write-ahead log is cut back to once its pages are in the file: a large import&apos;s log would otherwise stay on the disk, as large, for as long as the file is used (and be copied with each backup).</extracomment>
        <translation>the database file is damaged</translation>
    </message>
</context>
<context>
    <name>Decision sections</name>
    <message>
        <source>Context and problem statement</source>
        <translation>Context and problem statement</translation>
    </message>
    <message>
        <source>Decision drivers</source>
        <translation>Decision drivers</translation>
    </message>
    <message>
        <source>Considered options</source>
        <translation>Considered options</translation>
    </message>
    <message>
        <source>Chosen option</source>
        <translation>Chosen option</translation>
    </message>
    <message>
        <source>Why this option</source>
        <translation>Why this option</translation>
    </message>
    <message>
        <source>Good consequences</source>
        <translation>Good consequences</translation>
    </message>
    <message>
        <source>Bad consequences</source>
        <translation>Bad consequences</translation>
    </message>
    <message>
        <source>Other consequences</source>
        <translation>Other consequences</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Expected outcome</source>
        <translation>Expected outcome</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
</context>
<context>
    <name>DecisionActions</name>
    <message>
        <source>Submit for review…</source>
        <translation>Submit for review…</translation>
    </message>
    <message>
        <source>Add addendum…</source>
        <translation>Add addendum…</translation>
    </message>
    <message>
        <source>Record outcome…</source>
        <translation>Record outcome…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Supersede with a new decision…</source>
        <translation>Supersede with a new decision…</translation>
    </message>
    <message>
        <source>Superseded by an existing decision…</source>
        <translation>Superseded by an existing decision…</translation>
    </message>
    <message>
        <source>Amends another decision…</source>
        <translation>Amends another decision…</translation>
    </message>
    <message>
        <source>Delete decision…</source>
        <translation>Delete decision…</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Submit for review</translation>
    </message>
    <message>
        <source>A note for your reviewer (optional):</source>
        <translation>A note for your reviewer (optional):</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Add addendum</source>
        <translation>Add addendum</translation>
    </message>
    <message>
        <source>A dated note appended below the decision (Markdown):</source>
        <translation>A dated note appended below the decision (Markdown):</translation>
    </message>
    <message>
        <source>addendum</source>
        <translation>addendum</translation>
    </message>
    <message>
        <source>Title of the decision that replaces {adr_number}:</source>
        <translation>Title of the decision that replaces {adr_number}:</translation>
    </message>
    <message>
        <source>Supersede</source>
        <translation>Supersede</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>There is no other decision in this pairing&apos;s log yet.</source>
        <translation>There is no other decision in this pairing&apos;s log yet.</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>Superseded by</source>
        <translation>Superseded by</translation>
    </message>
    <message>
        <source>Which decision replaces this one?</source>
        <translation>Which decision replaces this one?</translation>
    </message>
    <message>
        <source>Amends</source>
        <translation>Amends</translation>
    </message>
    <message>
        <source>Which decision does this one amend?</source>
        <translation>Which decision does this one amend?</translation>
    </message>
    <message>
        <source>Delete decision</source>
        <translation>Delete decision</translation>
    </message>
    <message>
        <source>Delete {adr_number} “{title}” and its review thread? Proposed and rejected decisions can be deleted; accepted ones stay in the log.</source>
        <translation>Delete {adr_number} “{title}” and its review thread? Proposed and rejected decisions can be deleted; accepted ones stay in the log.</translation>
    </message>
</context>
<context>
    <name>DecisionEditor</name>
    <message>
        <source>What was decided, in a few words</source>
        <translation>What was decided, in a few words</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Revisit on</source>
        <translation>Revisit on</translation>
    </message>
    <message>
        <source>Tags and competencies, separated by commas</source>
        <translation>Tags and competencies, separated by commas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibility</translation>
    </message>
    <message>
        <source>Chosen option</source>
        <translation>Chosen option</translation>
    </message>
    <message>
        <source>Linked cards, sessions and archeology events</source>
        <translation>Linked cards, sessions and archeology events</translation>
    </message>
    <message>
        <source>Show every section</source>
        <translation>Show every section</translation>
    </message>
    <message>
        <source>Save the decision</source>
        <translation>Save the decision</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>No decision selected</source>
        <translation>No decision selected</translation>
    </message>
    <message>
        <source>This decision is {status}: its text is read-only. Add an addendum, record how it turned out, or supersede it with a new decision.</source>
        <translation>This decision is {status}: its text is read-only. Add an addendum, record how it turned out, or supersede it with a new decision.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Editing…</translation>
    </message>
    <message>
        <source>Saved {now:%H:%M:%S}</source>
        <translation>Saved {now:%H:%M:%S}</translation>
    </message>
</context>
<context>
    <name>DecisionService</name>
    <message>
        <source>no decision number {number}</source>
        <translation>no decision number {number}</translation>
    </message>
    <message>
        <source>The decision is {status}: its text can no longer change. Add an addendum, or supersede it with a new decision.</source>
        <translation>The decision is {status}: its text can no longer change. Add an addendum, or supersede it with a new decision.</translation>
    </message>
    <message>
        <source>A decision is superseded by naming the decision that replaces it.</source>
        <translation>A decision is superseded by naming the decision that replaces it.</translation>
    </message>
    <message>
        <source>A {status} decision cannot become {new_status}.</source>
        <translation>A {status} decision cannot become {new_status}.</translation>
    </message>
    <message>
        <source>A decision cannot supersede itself.</source>
        <translation>A decision cannot supersede itself.</translation>
    </message>
    <message>
        <source>Both decisions must belong to the same pairing.</source>
        <translation>Both decisions must belong to the same pairing.</translation>
    </message>
    <message>
        <source>That decision is already superseded.</source>
        <translation>That decision is already superseded.</translation>
    </message>
    <message>
        <source>A {status} decision cannot replace another one.</source>
        <translation>A {status} decision cannot replace another one.</translation>
    </message>
    <message>
        <source>That would make the two decisions supersede each other.</source>
        <translation>That would make the two decisions supersede each other.</translation>
    </message>
    <message>
        <source>A decision amends another decision of the same pairing.</source>
        <translation>A decision amends another decision of the same pairing.</translation>
    </message>
    <message>
        <source>A {status} decision stays in the log; deprecate it instead.</source>
        <translation>A {status} decision stays in the log; deprecate it instead.</translation>
    </message>
    <message>
        <source>That decision no longer exists.</source>
        <translation>That decision no longer exists.</translation>
    </message>
    <message>
        <source>The addendum is empty.</source>
        <translation>The addendum is empty.</translation>
    </message>
    <message>
        <source>Say in a sentence how it turned out.</source>
        <translation>Say in a sentence how it turned out.</translation>
    </message>
    <message>
        <source>Only accepted decisions are revisited; this one is {status}.</source>
        <translation>Only accepted decisions are revisited; this one is {status}.</translation>
    </message>
    <message>
        <source>Unknown decision sections: {names}</source>
        <translation>Unknown decision sections: {names}</translation>
    </message>
</context>
<context>
    <name>DecisionsPage</name>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Any review state</source>
        <translation>Any review state</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Any tag</translation>
    </message>
    <message>
        <source>Awaiting my review</source>
        <translation>Awaiting my review</translation>
    </message>
    <message>
        <source>Revisit due</source>
        <translation>Revisit due</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>New decision</translation>
    </message>
    <message>
        <source>Import ADR folder…</source>
        <translation>Import ADR folder…</translation>
    </message>
    <message>
        <source>Export ADR folder…</source>
        <translation>Export ADR folder…</translation>
    </message>
    <message>
        <source>Delete decision…</source>
        <translation>Delete decision…</translation>
    </message>
    <message>
        <source>Rename decision</source>
        <translation>Rename decision</translation>
    </message>
    <message>
        <source>New decision (Ctrl+N: {name})</source>
        <translation>New decision (Ctrl+N: {name})</translation>
    </message>
    <message>
        <source>The decision as it reads</source>
        <translation>The decision as it reads</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} of {total}</translation>
    </message>
    <message>
        <source>{count} decisions · {awaiting} awaiting your review · {due} to revisit</source>
        <translation>{count} decisions · {awaiting} awaiting your review · {due} to revisit</translation>
    </message>
    <message>
        <source>Review ({count})</source>
        <translation>Review ({count})</translation>
    </message>
    <message>
        <source>No decision matches the filters</source>
        <translation>No decision matches the filters</translation>
    </message>
    <message>
        <source>Show every decision</source>
        <translation>Show every decision</translation>
    </message>
    <message>
        <source>No decisions yet</source>
        <translation>No decisions yet</translation>
    </message>
    <message>
        <source>A decision record says what was decided, why, and what else was considered; the mentor reviews it, and you revisit it later to see how it turned out. Write the first one, or read in a team&apos;s folder of ADR files.</source>
        <translation>A decision record says what was decided, why, and what else was considered; the mentor reviews it, and you revisit it later to see how it turned out. Write the first one, or read in a team&apos;s folder of ADR files.</translation>
    </message>
    <message>
        <source>Delete decision</source>
        <translation>Delete decision</translation>
    </message>
    <message>
        <source>Accepted decisions stay in the log. To replace this one, use More under the editor: Supersede with a new decision.</source>
        <translation>Accepted decisions stay in the log. To replace this one, use More under the editor: Supersede with a new decision.</translation>
    </message>
</context>
<context>
    <name>DeleteCard</name>
    <message>
        <source>Delete “{title}”</source>
        <translation>Delete “{title}”</translation>
    </message>
</context>
<context>
    <name>DeviceService</name>
    <message>
        <source>This database already has a device identity; `identity show` prints it.</source>
        <translation>This database already has a device identity; `identity show` prints it.</translation>
    </message>
    <message>
        <source>The identity needs a display name (--name).</source>
        <translation>The identity needs a display name (--name).</translation>
    </message>
    <message>
        <source>This database has no device identity yet: run `mentordesk identity init`.</source>
        <translation>This database has no device identity yet: run `mentordesk identity init`.</translation>
    </message>
    <message>
        <source>The device&apos;s secret keys are missing from {where}.</source>
        <translation>The device&apos;s secret keys are missing from {where}.</translation>
    </message>
    <message>
        <source>The secret keys in {where} belong to another identity.</source>
        <translation>The secret keys in {where} belong to another identity.</translation>
    </message>
    <message>
        <source>That is this device&apos;s own pairing card; import your partner&apos;s card instead.</source>
        <translation>That is this device&apos;s own pairing card; import your partner&apos;s card instead.</translation>
    </message>
    <message>
        <source>That pairing does not exist.</source>
        <translation>That pairing does not exist.</translation>
    </message>
</context>
<context>
    <name>Edit menu</name>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Cut</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>Filter this page</source>
        <translation>Filter this page</translation>
    </message>
    <message>
        <source>Undone: {action}. Ctrl+Shift+Z does it again.</source>
        <translation>Undone: {action}. Ctrl+Shift+Z does it again.</translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation>Redone: {action}</translation>
    </message>
    <message>
        <source>Undo {action}</source>
        <translation>Undo {action}</translation>
    </message>
    <message>
        <source>Redo {action}</source>
        <translation>Redo {action}</translation>
    </message>
    <message>
        <source>This page has no filter: Ctrl+K searches everything.</source>
        <translation>This page has no filter: Ctrl+K searches everything.</translation>
    </message>
</context>
<context>
    <name>EditCard</name>
    <message>
        <source>Edit “{title}”</source>
        <translation>Edit “{title}”</translation>
    </message>
</context>
<context>
    <name>EditPairingDialog</name>
    <message>
        <source>Edit pairing — {name}</source>
        <translation>Edit pairing — {name}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>EraDialog</name>
    <message>
        <source>Edit era</source>
        <translation>Edit era</translation>
    </message>
    <message>
        <source>New era</source>
        <translation>New era</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Ended on</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Colour…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Started on</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>About this era</source>
        <translation>About this era</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Add era</source>
        <translation>Add era</translation>
    </message>
    <message>
        <source>era</source>
        <translation>era</translation>
    </message>
    <message>
        <source>Era colour</source>
        <translation>Era colour</translation>
    </message>
</context>
<context>
    <name>EraList</name>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <translation>Edit event</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>What happened, in a few words</translation>
    </message>
    <message>
        <source>The constraints of the time: why did this look right then? (Markdown)</source>
        <translation>The constraints of the time: why did this look right then? (Markdown)</translation>
    </message>
    <message>
        <source>What must not be re-introduced when “cleaning up”? (Markdown)</source>
        <translation>What must not be re-introduced when “cleaning up”? (Markdown)</translation>
    </message>
    <message>
        <source>Links, commit ids, tickets — one per line</source>
        <translation>Links, commit ids, tickets — one per line</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Components</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Don&apos;t re-introduce</source>
        <translation>Don&apos;t re-introduce</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibility</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Add event</translation>
    </message>
    <message>
        <source>event</source>
        <translation>event</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>MADR (front matter, sections as in MADR)</source>
        <translation>MADR (front matter, sections as in MADR)</translation>
    </message>
    <message>
        <source>Nygard (adr-tools: “# 7. Title”)</source>
        <translation>Nygard (adr-tools: “# 7. Title”)</translation>
    </message>
    <message>
        <source>Export ADR folder</source>
        <translation>Export ADR folder</translation>
    </message>
    <message>
        <source>Decisions to export</source>
        <translation>Decisions to export</translation>
    </message>
    <message>
        <source>Decisions written here</source>
        <translation>Decisions written here</translation>
    </message>
    <message>
        <source>The log {log}</source>
        <translation>The log {log}</translation>
    </message>
    <message>
        <source>Every decision</source>
        <translation>Every decision</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>File format</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Imported decisions keep the format of their own files.</source>
        <translation>Imported decisions keep the format of their own files.</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Also write {these} confidential</source>
        <translation>Also write {these} confidential</translation>
    </message>
    <message>
        <source>Also write {these} private</source>
        <translation>Also write {these} private</translation>
    </message>
    <message>
        <source>This confidential decision</source>
        <translation>This confidential decision</translation>
    </message>
    <message>
        <source>These confidential decisions</source>
        <translation>These confidential decisions</translation>
    </message>
    <message>
        <source>{these} will be written as plain Markdown, which anyone with the folder can read:{named}</source>
        <translation>{these} will be written as plain Markdown, which anyone with the folder can read:{named}</translation>
    </message>
    <message>
        <source>Export {pairing}</source>
        <translation>Export {pairing}</translation>
    </message>
    <message>
        <source>Encrypted for &lt;b&gt;{partner}&lt;/b&gt; (fingerprint {fingerprint}) and for you, signed with your key.</source>
        <translation>Encrypted for &lt;b&gt;{partner}&lt;/b&gt; (fingerprint {fingerprint}) and for you, signed with your key.</translation>
    </message>
    <message>
        <source>No partner card is linked to this pairing yet, so this export can only be protected with a password. Import your partner&apos;s card to encrypt to their key instead.</source>
        <translation>No partner card is linked to this pairing yet, so this export can only be protected with a password. Import your partner&apos;s card to encrypt to their key instead.</translation>
    </message>
    <message>
        <source>Everything, not only what changed since the last export ({since})</source>
        <translation>Everything, not only what changed since the last export ({since})</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Protect with a password instead (for a one-off exchange)</source>
        <translation>Protect with a password instead (for a one-off exchange)</translation>
    </message>
    <message>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>&lt;b&gt;What will leave this machine&lt;/b&gt;</source>
        <translation>&lt;b&gt;What will leave this machine&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The preview failed: {error}</source>
        <translation>The preview failed: {error}</translation>
    </message>
    <message>
        <source>Tick “Everything” to send every record again.</source>
        <translation>Tick “Everything” to send every record again.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Any owner</source>
        <translation>Any owner</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Any kind</translation>
    </message>
    <message>
        <source>Any competency</source>
        <translation>Any competency</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>Hide Done</source>
        <translation>Hide Done</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>New card</translation>
    </message>
    <message>
        <source>New card (Ctrl+N)</source>
        <translation>New card (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>Guarded</name>
    <message>
        <source>Private notes cannot be changed in Review mode.</source>
        <extracomment>Fields whose text is never shown in Review mode, whatever the record&apos;s visibility. Methods that would write what Review mode does not show (and so would overwrite it unseen).</extracomment>
        <translation>Private notes cannot be changed in Review mode.</translation>
    </message>
    <message>
        <source>That record is hidden in Review mode.</source>
        <translation>That record is hidden in Review mode.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Filter by name or key</source>
        <translation>Filter by name or key</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>{app} guide</source>
        <translation>{app} guide</translation>
    </message>
    <message>
        <source>Where your data lives</source>
        <translation>Where your data lives</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Open the folder: {place}</source>
        <translation>Open the folder: {place}</translation>
    </message>
    <message>
        <source>Everything stays on this computer unless you export it. Copy the database file to move to another computer; close MentorDesk first.</source>
        <translation>Everything stays on this computer unless you export it. Copy the database file to move to another computer; close MentorDesk first.</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>not found</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>An offline-first desk for technical mentor–mentee pairs.</source>
        <translation>An offline-first desk for technical mentor–mentee pairs.</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>About {app}</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Compare from</source>
        <translation>Compare from</translation>
    </message>
    <message>
        <source>Compare to</source>
        <translation>Compare to</translation>
    </message>
    <message>
        <source>Changes between the two versions</source>
        <translation>Changes between the two versions</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>with</source>
        <translation>with</translation>
    </message>
    <message>
        <source>Revision {number}, submitted {when}{note}</source>
        <translation>Revision {number}, submitted {when}{note}</translation>
    </message>
    <message>
        <source>Current text</source>
        <translation>Current text</translation>
    </message>
    <message>
        <source>Nothing submitted yet: each submission keeps a revision.</source>
        <translation>Nothing submitted yet: each submission keeps a revision.</translation>
    </message>
</context>
<context>
    <name>ImportCardDialog</name>
    <message>
        <source>Import partner&apos;s card</source>
        <translation>Import partner&apos;s card</translation>
    </message>
    <message>
        <source>Paste your partner&apos;s pairing card here, or load it from a file.</source>
        <translation>Paste your partner&apos;s pairing card here, or load it from a file.</translation>
    </message>
    <message>
        <source>From file…</source>
        <translation>From file…</translation>
    </message>
    <message>
        <source>Import card</source>
        <translation>Import card</translation>
    </message>
    <message>
        <source>Partner&apos;s pairing card</source>
        <translation>Partner&apos;s pairing card</translation>
    </message>
    <message>
        <source>Pairing cards (*.mdcard *.txt);;All files (*)</source>
        <translation>Pairing cards (*.mdcard *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>pairing card</source>
        <translation>pairing card</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>invalid</source>
        <translation>invalid</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <source>unknown-sender</source>
        <translation>unknown-sender</translation>
    </message>
    <message>
        <source>new-card</source>
        <translation>new-card</translation>
    </message>
    <message>
        <source>new-pairing</source>
        <translation>new-pairing</translation>
    </message>
    <message>
        <source>part-order</source>
        <translation>part-order</translation>
    </message>
    <message>
        <source>This export does not hold its pairing; it cannot start one here.</source>
        <translation>This export does not hold its pairing; it cannot start one here.</translation>
    </message>
    <message>
        <source>clash</source>
        <translation>clash</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>ADR folder imported</source>
        <translation>ADR folder imported</translation>
    </message>
    <message>
        <source>From {folder}, as the log “{log}”. Each record keeps its file: exported unedited, it is written back byte for byte under its own name.</source>
        <translation>From {folder}, as the log “{log}”. Each record keeps its file: exported unedited, it is written back byte for byte under its own name.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Files the import could not take as they were</source>
        <translation>Files the import could not take as they were</translation>
    </message>
    <message>
        <source>Skipped: {why}</source>
        <translation>Skipped: {why}</translation>
    </message>
    <message>
        <source>Numbered ADR-{here:04d} here, as number {number} is taken; the folder keeps {number}</source>
        <translation>Numbered ADR-{here:04d} here, as number {number} is taken; the folder keeps {number}</translation>
    </message>
    <message>
        <source>Every file was read as it is.</source>
        <translation>Every file was read as it is.</translation>
    </message>
</context>
<context>
    <name>KeyringStore</name>
    <message>
        <source>The system keyring refused to store the key: {error}</source>
        <translation>The system keyring refused to store the key: {error}</translation>
    </message>
    <message>
        <source>The system keyring is locked; unlock it and try again.</source>
        <translation>The system keyring is locked; unlock it and try again.</translation>
    </message>
    <message>
        <source>The system keyring could not be read: {error}</source>
        <translation>The system keyring could not be read: {error}</translation>
    </message>
</context>
<context>
    <name>LaneGutter</name>
    <message>
        <source>Lane names</source>
        <translation>Lane names</translation>
    </message>
</context>
<context>
    <name>LinkService</name>
    <message>
        <source>A record cannot be linked to itself.</source>
        <extracomment>The kinds a link can join, in the order candidates are offered. Newest first for dated records, alphabetical for cards. The columns besides its title that `title_of` names a record of each kind by. The most records of one kind a link picker offers at a time.</extracomment>
        <translation>A record cannot be linked to itself.</translation>
    </message>
    <message>
        <source>Only records of the same pairing can be linked.</source>
        <translation>Only records of the same pairing can be linked.</translation>
    </message>
</context>
<context>
    <name>LinksBox</name>
    <message>
        <source>Double-click or press Enter to open; Delete removes the link</source>
        <extracomment>Records to offer for linking: those whose title holds the text, leaving out the ids already linked.</extracomment>
        <translation>Double-click or press Enter to open; Delete removes the link</translation>
    </message>
    <message>
        <source>Remove the link chosen</source>
        <translation>Remove the link chosen</translation>
    </message>
    <message>
        <source>Record to link</source>
        <translation>Record to link</translation>
    </message>
    <message>
        <source>Type to find a record to link</source>
        <translation>Type to find a record to link</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <source>Nothing linked yet</source>
        <translation>Nothing linked yet</translation>
    </message>
    <message>
        <source>No single record matches what was typed; pick one from the list</source>
        <translation>No single record matches what was typed; pick one from the list</translation>
    </message>
</context>
<context>
    <name>ListDetailPage</name>
    <message>
        <source>{shown} records</source>
        <translation>{shown} records</translation>
    </message>
    <message>
        <source>No record selected</source>
        <translation>No record selected</translation>
    </message>
    <message>
        <source>Select a row to see it here.</source>
        <translation>Select a row to see it here.</translation>
    </message>
    <message>
        <source>Nothing matches the filter</source>
        <translation>Nothing matches the filter</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Clear the filter</translation>
    </message>
    <message>
        <source>Nothing here yet</source>
        <translation>Nothing here yet</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{APP_NAME} (demo)</source>
        <translation>{APP_NAME} (demo)</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <source>integrity check</source>
        <translation>integrity check</translation>
    </message>
    <message>
        <source>{APP_NAME}: the database is damaged</source>
        <translation>{APP_NAME}: the database is damaged</translation>
    </message>
    <message>
        <source>{message}

MentorDesk closes it now, keeps it aside under another name, and offers the newest backup that checks out.</source>
        <translation>{message}

MentorDesk closes it now, keeps it aside under another name, and offers the newest backup that checks out.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source> Pairing </source>
        <translation> Pairing </translation>
    </message>
    <message>
        <source>No pairing yet: create one to begin.</source>
        <translation>No pairing yet: create one to begin.</translation>
    </message>
    <message>
        <source> — Review mode</source>
        <translation> — Review mode</translation>
    </message>
    <message>
        <source>you are the {role}</source>
        <translation>you are the {role}</translation>
    </message>
    <message>
        <source> · Review mode</source>
        <translation> · Review mode</translation>
    </message>
    <message>
        <source>{mentor} mentoring {mentee} · {day} · {cadence} · {role}{hidden}</source>
        <translation>{mentor} mentoring {mentee} · {day} · {cadence} · {role}{hidden}</translation>
    </message>
    <message>
        <source>Cannot create the pairing</source>
        <translation>Cannot create the pairing</translation>
    </message>
    <message>
        <source>{name} syncs this pairing: the roles and {name}&apos;s name stay as they are.</source>
        <translation>{name} syncs this pairing: the roles and {name}&apos;s name stay as they are.</translation>
    </message>
    <message>
        <source>Saved the pairing “{name}”</source>
        <translation>Saved the pairing “{name}”</translation>
    </message>
    <message>
        <source>Could not show “{title}”: it may have been deleted.</source>
        <translation>Could not show “{title}”: it may have been deleted.</translation>
    </message>
    <message>
        <source>  (in {name})</source>
        <translation>  (in {name})</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Import ADR folder…</source>
        <translation>Import ADR folder…</translation>
    </message>
    <message>
        <source>Export ADR folder…</source>
        <translation>Export ADR folder…</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>Backups…</translation>
    </message>
    <message>
        <source>Programme dashboard…</source>
        <translation>Programme dashboard…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Preferences…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Search everything</translation>
    </message>
    <message>
        <source>Command palette…</source>
        <translation>Command palette…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Log file</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>The programme dashboard names other pairs: Review mode does not show it.</source>
        <translation>The programme dashboard names other pairs: Review mode does not show it.</translation>
    </message>
    <message>
        <source>Programme dashboard</source>
        <translation>Programme dashboard</translation>
    </message>
    <message>
        <source>New pairing…</source>
        <translation>New pairing…</translation>
    </message>
    <message>
        <source>Edit pairing…</source>
        <translation>Edit pairing…</translation>
    </message>
    <message>
        <source>Change the pairing&apos;s name, people, dates, goals or competencies</source>
        <translation>Change the pairing&apos;s name, people, dates, goals or competencies</translation>
    </message>
</context>
<context>
    <name>MoveCard</name>
    <message>
        <source>Move card</source>
        <translation>Move card</translation>
    </message>
</context>
<context>
    <name>NewPairingDialog</name>
    <message>
        <source>New pairing</source>
        <translation>New pairing</translation>
    </message>
    <message>
        <source>Create pairing</source>
        <translation>Create pairing</translation>
    </message>
</context>
<context>
    <name>NewSecret</name>
    <message>
        <source>Again</source>
        <translation>Again</translation>
    </message>
    <message>
        <source>The {noun} needs at least {MIN_SECRET} characters.</source>
        <translation>The {noun} needs at least {MIN_SECRET} characters.</translation>
    </message>
    <message>
        <source>The two {noun}s differ.</source>
        <translation>The two {noun}s differ.</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>No template</translation>
    </message>
    <message>
        <source>  (mine)</source>
        <translation>  (mine)</translation>
    </message>
    <message>
        <source>Create session</source>
        <translation>Create session</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Delete template</translation>
    </message>
    <message>
        <source>Delete one of your own templates (built-in ones stay)</source>
        <translation>Delete one of your own templates (built-in ones stay)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Delete your template {name!r}?</source>
        <translation>Delete your template {name!r}?</translation>
    </message>
</context>
<context>
    <name>OptionsEditor</name>
    <message>
        <source>Add option</source>
        <translation>Add option</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>How did it turn out?</source>
        <translation>How did it turn out?</translation>
    </message>
    <message>
        <source>What happened, and how do we know?</source>
        <translation>What happened, and how do we know?</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source> · {days} days past {cadence}</source>
        <translation> · {days} days past {cadence}</translation>
    </message>
    <message>
        <source>none planned</source>
        <translation>none planned</translation>
    </message>
    <message>
        <source>held {day}</source>
        <translation>held {day}</translation>
    </message>
    <message>
        <source>planned {day}</source>
        <translation>planned {day}</translation>
    </message>
    <message>
        <source>from day 25</source>
        <translation>from day 25</translation>
    </message>
    <message>
        <source>due by day 35</source>
        <translation>due by day 35</translation>
    </message>
    <message>
        <source>late: none by day 35</source>
        <translation>late: none by day 35</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Pairing</translation>
    </message>
    <message>
        <source>{mentor} mentoring {mentee}: click to open</source>
        <translation>{mentor} mentoring {mentee}: click to open</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Next
session</source>
        <translation>Next
session</translation>
    </message>
    <message>
        <source>Last
session</source>
        <translation>Last
session</translation>
    </message>
    <message>
        <source>Actions
overdue</source>
        <translation>Actions
overdue</translation>
    </message>
    <message>
        <source>To
review</source>
        <translation>To
review</translation>
    </message>
    <message>
        <source>Revisits
due</source>
        <translation>Revisits
due</translation>
    </message>
    <message>
        <source>Calibration
call</source>
        <translation>Calibration
call</translation>
    </message>
    <message>
        <source>Milestones
late</source>
        <translation>Milestones
late</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>This week: {spent} in sessions of your {budget} ({share} % of a {week}-hour week)</source>
        <translation>This week: {spent} in sessions of your {budget} ({share} % of a {week}-hour week)</translation>
    </message>
    <message>
        <source>, {planned} of it still planned</source>
        <translation>, {planned} of it still planned</translation>
    </message>
    <message>
        <source>That is {share} % of your working week, past the 15 % a mentor can usually give.</source>
        <translation>That is {share} % of your working week, past the 15 % a mentor can usually give.</translation>
    </message>
    <message>
        <source>Mentoring time</source>
        <translation>Mentoring time</translation>
    </message>
    <message>
        <source>Hours in sessions this week</source>
        <translation>Hours in sessions this week</translation>
    </message>
    <message>
        <source>Pairings, most in need of attention first</source>
        <translation>Pairings, most in need of attention first</translation>
    </message>
    <message>
        <source>Click a pairing to open it. Counts are of records not yet done.</source>
        <translation>Click a pairing to open it. Counts are of records not yet done.</translation>
    </message>
    <message>
        <source>Review mode shows only the pairing on screen.</source>
        <translation>Review mode shows only the pairing on screen.</translation>
    </message>
    <message>
        <source>{count} pairings · {waiting} need attention, listed first</source>
        <translation>{count} pairings · {waiting} need attention, listed first</translation>
    </message>
    <message>
        <source>Weeks before: {weeks}</source>
        <translation>Weeks before: {weeks}</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>The {page} page cannot show this pairing: {kind}: {error}

The other pages work as usual. The details are in {log_path}.</source>
        <translation>The {page} page cannot show this pairing: {kind}: {error}

The other pages work as usual. The details are in {log_path}.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>{page}: the record chosen</source>
        <translation>{page}: the record chosen</translation>
    </message>
    <message>
        <source>Nothing here yet for this pairing.</source>
        <translation>Nothing here yet for this pairing.</translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation>Select a row to see its details.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Prepare</source>
        <translation>Prepare</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>System Archeology</source>
        <translation>System Archeology</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>Filter</source>
        <extracomment>Rows a column&apos;s width is fitted to (those near the top, and those on screen), not every row: fitting to all 25,000 rows of a large list asked each row for its text, 200,000 calls.</extracomment>
        <translation>Filter</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>New decision</translation>
    </message>
    <message>
        <source>Title, tag or number</source>
        <translation>Title, tag or number</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>New card</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>Filter by title</source>
        <translation>Filter by title</translation>
    </message>
</context>
<context>
    <name>PairingForm</name>
    <message>
        <source>Weekly</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Every two weeks</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>e.g. Priya Raman</source>
        <translation>e.g. Priya Raman</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>e.g. Sam Okafor</source>
        <translation>e.g. Sam Okafor</translation>
    </message>
    <message>
        <source>What should be true at day 90? One goal a line (optional).</source>
        <translation>What should be true at day 90? One goal a line (optional).</translation>
    </message>
    <message>
        <source>Skills the plan grows, one a line: Testing, SQL… (optional)</source>
        <translation>Skills the plan grows, one a line: Testing, SQL… (optional)</translation>
    </message>
    <message>
        <source>Cards and decisions can be tagged with these; Progress counts them</source>
        <translation>Cards and decisions can be tagged with these; Progress counts them</translation>
    </message>
    <message>
        <source>Mentor &amp; Mentee</source>
        <translation>Mentor &amp; Mentee</translation>
    </message>
    <message>
        <source>How the pairing is listed; empty: the two names</source>
        <translation>How the pairing is listed; empty: the two names</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>You are the</source>
        <translation>You are the</translation>
    </message>
    <message>
        <source>Partner&apos;s name</source>
        <translation>Partner&apos;s name</translation>
    </message>
    <message>
        <source>Pairing name</source>
        <translation>Pairing name</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Meeting cadence</source>
        <translation>Meeting cadence</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Competencies</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Enter your name.</translation>
    </message>
    <message>
        <source>Enter your partner&apos;s name.</source>
        <translation>Enter your partner&apos;s name.</translation>
    </message>
    <message>
        <source>You and your partner need different names.</source>
        <translation>You and your partner need different names.</translation>
    </message>
    <message>
        <source>{mentor} &amp; {mentee}</source>
        <translation>{mentor} &amp; {mentee}</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>you</source>
        <translation>you</translation>
    </message>
</context>
<context>
    <name>PairingService</name>
    <message>
        <source>no pairing named {name_or_id!r}</source>
        <translation>no pairing named {name_or_id!r}</translation>
    </message>
    <message>
        <source>This database has that pairing already.</source>
        <translation>This database has that pairing already.</translation>
    </message>
    <message>
        <source>{name} syncs this pairing, so its roles stay as they are.</source>
        <translation>{name} syncs this pairing, so its roles stay as they are.</translation>
    </message>
    <message>
        <source>{name} syncs this pairing, so only {name} changes their own name.</source>
        <translation>{name} syncs this pairing, so only {name} changes their own name.</translation>
    </message>
</context>
<context>
    <name>PassphraseStore</name>
    <message>
        <source>The passphrase must have at least 8 characters.</source>
        <translation>The passphrase must have at least 8 characters.</translation>
    </message>
    <message>
        <source>scrypt cost 2**{log_n} is outside what MentorDesk seals with</source>
        <translation>scrypt cost 2**{log_n} is outside what MentorDesk seals with</translation>
    </message>
    <message>
        <source>Wrong passphrase: the device&apos;s keys could not be unsealed.</source>
        <translation>Wrong passphrase: the device&apos;s keys could not be unsealed.</translation>
    </message>
    <message>
        <source>The sealed device keys are damaged: {error}</source>
        <translation>The sealed device keys are damaged: {error}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>PickDialog</name>
    <message>
        <source>Type a new name or pick one</source>
        <translation>Type a new name or pick one</translation>
    </message>
    <message>
        <source>Type any part of the name</source>
        <translation>Type any part of the name</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Pick one from the list, or type enough of its name to match only one.</source>
        <translation>Pick one from the list, or type enough of its name to match only one.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Untitled card</source>
        <extracomment>The title a card typed without one is kept under when the form is left.</extracomment>
        <translation>Untitled card</translation>
    </message>
    <message>
        <source>Filter cards</source>
        <translation>Filter cards</translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation>Plan summary</translation>
    </message>
    <message>
        <source>Delete card…</source>
        <translation>Delete card…</translation>
    </message>
    <message>
        <source>Rename card</source>
        <translation>Rename card</translation>
    </message>
    <message>
        <source>Move card to the column on the left</source>
        <translation>Move card to the column on the left</translation>
    </message>
    <message>
        <source>Move card to the column on the right</source>
        <translation>Move card to the column on the right</translation>
    </message>
    <message>
        <source>Move card up</source>
        <translation>Move card up</translation>
    </message>
    <message>
        <source>Move card down</source>
        <translation>Move card down</translation>
    </message>
    <message>
        <source>{shown_total} of {count} cards</source>
        <translation>{shown_total} of {count} cards</translation>
    </message>
    <message>
        <source>{day} · {count} cards · select a card to edit it; Ctrl+N adds one, Ctrl+arrows move the selected card</source>
        <translation>{day} · {count} cards · select a card to edit it; Ctrl+N adds one, Ctrl+arrows move the selected card</translation>
    </message>
    <message>
        <source>Goals: {goals}</source>
        <translation>Goals: {goals}</translation>
    </message>
    <message>
        <source>No goals written down yet: File → Edit pairing… adds them.</source>
        <translation>No goals written down yet: File → Edit pairing… adds them.</translation>
    </message>
    <message>
        <source>Goals of this pairing</source>
        <translation>Goals of this pairing</translation>
    </message>
    <message>
        <source>_No goals written down yet._</source>
        <translation>_No goals written down yet._</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Unarchive</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Delete the card “{title}”? You can undo this with Ctrl+Z.</source>
        <translation>Delete the card “{title}”? You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>{title} is over its WIP limit ({count}/{wip_limit}).</source>
        <translation>{title} is over its WIP limit ({count}/{wip_limit}).</translation>
    </message>
</context>
<context>
    <name>PlanService</name>
    <message>
        <source>Card {card_id} does not exist</source>
        <translation>Card {card_id} does not exist</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>As the system&apos;s language does</source>
        <translation>As the system&apos;s language does</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Review mode text size</source>
        <translation>Review mode text size</translation>
    </message>
    <message>
        <source>Sync folder…</source>
        <translation>Sync folder…</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Choose the sync folder</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Daily backups kept</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>weekly</translation>
    </message>
    <message>
        <source>Weekly backups kept</source>
        <translation>Weekly backups kept</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monthly</translation>
    </message>
    <message>
        <source>Monthly backups kept</source>
        <translation>Monthly backups kept</translation>
    </message>
    <message>
        <source>Weeks start on</source>
        <translation>Weeks start on</translation>
    </message>
    <message>
        <source>Mentoring time</source>
        <translation>Mentoring time</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Backups kept</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Syncing</translation>
    </message>
    <message>
        <source>Review mode is black on white whatever the theme, so a shared screen reads the same for everyone.</source>
        <translation>Review mode is black on white whatever the theme, so a shared screen reads the same for everyone.</translation>
    </message>
    <message>
        <source>Share of the week for mentoring</source>
        <translation>Share of the week for mentoring</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Hours in a working week</source>
        <translation>Hours in a working week</translation>
    </message>
    <message>
        <source>of a working week of</source>
        <translation>of a working week of</translation>
    </message>
    <message>
        <source>The number of backups to keep was not saved: {reason}</source>
        <translation>The number of backups to keep was not saved: {reason}</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
</context>
<context>
    <name>PreparePage</name>
    <message>
        <source>{title} ({count} shown, more exist)</source>
        <translation>{title} ({count} shown, more exist)</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>Open action items</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>overdue </source>
        <translation>overdue </translation>
    </message>
    <message>
        <source>None open. Action items written in a session are listed here until they are ticked done.</source>
        <translation>None open. Action items written in a session are listed here until they are ticked done.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Awaiting my review</source>
        <translation>Awaiting my review</translation>
    </message>
    <message>
        <source>No decision awaits your review. One appears here once your partner sends it for review.</source>
        <translation>No decision awaits your review. One appears here once your partner sends it for review.</translation>
    </message>
    <message>
        <source>Decisions to revisit</source>
        <translation>Decisions to revisit</translation>
    </message>
    <message>
        <source>None due. A decision with a revisit date is listed here once that day comes.</source>
        <translation>None due. A decision with a revisit date is listed here once that day comes.</translation>
    </message>
    <message>
        <source>Cards late or changed</source>
        <translation>Cards late or changed</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>overdue {day}</source>
        <translation>overdue {day}</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>No card is overdue, and none changed since the last session.</source>
        <translation>No card is overdue, and none changed since the last session.</translation>
    </message>
    <message>
        <source>Plan cards past their due date, or changed since the last session</source>
        <translation>Plan cards past their due date, or changed since the last session</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Last session</translation>
    </message>
    <message>
        <source>Untick what should not go on the agenda. Open action items need no point here: the next session lists them by itself.</source>
        <translation>Untick what should not go on the agenda. Open action items need no point here: the next session lists them by itself.</translation>
    </message>
    <message>
        <source>Create the next session with this agenda</source>
        <translation>Create the next session with this agenda</translation>
    </message>
    <message>
        <source>Draft agenda for the next session</source>
        <translation>Draft agenda for the next session</translation>
    </message>
    <message>
        <source>Nothing to draft: reviews, revisits and late or changed cards are drafted here as they come up. Open action items need no point: the next session lists them by itself.</source>
        <translation>Nothing to draft: reviews, revisits and late or changed cards are drafted here as they come up. Open action items need no point: the next session lists them by itself.</translation>
    </message>
    <message>
        <source>Next session: {title}, {local_time} ({relative})</source>
        <translation>Next session: {title}, {local_time} ({relative})</translation>
    </message>
    <message>
        <source>No session planned yet</source>
        <translation>No session planned yet</translation>
    </message>
    <message>
        <source>{name} · {day} · {next_text}</source>
        <translation>{name} · {day} · {next_text}</translation>
    </message>
    <message>
        <source>Add to the next session&apos;s agenda</source>
        <translation>Add to the next session&apos;s agenda</translation>
    </message>
    <message>
        <source>Drafted from a {visibility} record: it stays {visibility}</source>
        <translation>Drafted from a {visibility} record: it stays {visibility}</translation>
    </message>
    <message>
        <source>Create the next session</source>
        <translation>Create the next session</translation>
    </message>
    <message>
        <source>_No notes._</source>
        <translation>_No notes._</translation>
    </message>
    <message>
        <source>No session held yet.</source>
        <translation>No session held yet.</translation>
    </message>
</context>
<context>
    <name>PrepareService</name>
    <message>
        <source>Overdue: {text} ({owner}, due {day})</source>
        <extracomment>The most cards of each kind (overdue, changed) that Prepare lists, and that a draft agenda names.</extracomment>
        <translation>Overdue: {text} ({owner}, due {day})</translation>
    </message>
    <message>
        <source>Review {adr_number} {title}</source>
        <translation>Review {adr_number} {title}</translation>
    </message>
    <message>
        <source>Revisit {adr_number} {title}: how did it turn out?</source>
        <translation>Revisit {adr_number} {title}: how did it turn out?</translation>
    </message>
    <message>
        <source>Plan: “{title}” is overdue</source>
        <translation>Plan: “{title}” is overdue</translation>
    </message>
    <message>
        <source>Plan: “{title}” changed since the last session</source>
        <translation>Plan: “{title}” changed since the last session</translation>
    </message>
</context>
<context>
    <name>ProgrammeDashboard</name>
    <message>
        <source>Programme dashboard</source>
        <translation>Programme dashboard</translation>
    </message>
    <message>
        <source>could not write {pdf}</source>
        <translation>could not write {pdf}</translation>
    </message>
    <message>
        <source>sqlite:///…/hub.sqlite  ·  postgresql+psycopg://user@host/programme</source>
        <translation>sqlite:///…/hub.sqlite  ·  postgresql+psycopg://user@host/programme</translation>
    </message>
    <message>
        <source>The hub&apos;s address</source>
        <translation>The hub&apos;s address</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Hub:</source>
        <translation>Hub:</translation>
    </message>
    <message>
        <source>The programme&apos;s figures</source>
        <translation>The programme&apos;s figures</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>The hub could not be read: {reason}</source>
        <translation>The hub could not be read: {reason}</translation>
    </message>
    <message>
        <source>Save the dashboard</source>
        <translation>Save the dashboard</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {pdf}</source>
        <translation>Saved {pdf}</translation>
    </message>
</context>
<context>
    <name>Progress areas</name>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Action items</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Competencies</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Export progress report…</source>
        <translation>Export progress report…</translation>
    </message>
    <message>
        <source>A PDF and a Markdown file of a date range: shared content only</source>
        <translation>A PDF and a Markdown file of a date range: shared content only</translation>
    </message>
    <message>
        <source> · shared records only (Review mode)</source>
        <translation> · shared records only (Review mode)</translation>
    </message>
    <message>
        <source>Since {start} · {cadence} cadence · day {day}{hidden}. Each figure says how it is computed.</source>
        <translation>Since {start} · {cadence} cadence · day {day}{hidden}. Each figure says how it is computed.</translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation>Working out the figures…</translation>
    </message>
    <message>
        <source>progress figures</source>
        <translation>progress figures</translation>
    </message>
    <message>
        <source>The figures could not be worked out: {error}</source>
        <translation>The figures could not be worked out: {error}</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Day of the plan</source>
        <translation>Day of the plan</translation>
    </message>
    <message>
        <source>Days between sessions, as planned</source>
        <translation>Days between sessions, as planned</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Sessions held</translation>
    </message>
    <message>
        <source>Sessions per month</source>
        <translation>Sessions per month</translation>
    </message>
    <message>
        <source>Longest gap between sessions (days)</source>
        <translation>Longest gap between sessions (days)</translation>
    </message>
    <message>
        <source>Hours in sessions per week</source>
        <translation>Hours in sessions per week</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Action items</translation>
    </message>
    <message>
        <source>Action items done</source>
        <translation>Action items done</translation>
    </message>
    <message>
        <source>Action items overdue</source>
        <translation>Action items overdue</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Decisions reviewed</source>
        <translation>Decisions reviewed</translation>
    </message>
    <message>
        <source>Decisions awaiting review</source>
        <translation>Decisions awaiting review</translation>
    </message>
    <message>
        <source>Days to review a decision (median)</source>
        <translation>Days to review a decision (median)</translation>
    </message>
    <message>
        <source>Day of the first accepted decision</source>
        <translation>Day of the first accepted decision</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>Days milestones were reached</source>
        <translation>Days milestones were reached</translation>
    </message>
    <message>
        <source>Milestones late</source>
        <translation>Milestones late</translation>
    </message>
    <message>
        <source>Day of the calibration call</source>
        <translation>Day of the calibration call</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Competencies</translation>
    </message>
    <message>
        <source>Competencies with a card done</source>
        <translation>Competencies with a card done</translation>
    </message>
    <message>
        <source>Session feedback, last four (mean of 5)</source>
        <translation>Session feedback, last four (mean of 5)</translation>
    </message>
    <message>
        <source>Session feedback before them (mean of 5)</source>
        <translation>Session feedback before them (mean of 5)</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Nothing published yet.</source>
        <translation>Nothing published yet.</translation>
    </message>
    <message>
        <source>Published before:</source>
        <translation>Published before:</translation>
    </message>
    <message>
        <source>from this device</source>
        <translation>from this device</translation>
    </message>
    <message>
        <source>from your partner&apos;s device {fingerprint}</source>
        <translation>from your partner&apos;s device {fingerprint}</translation>
    </message>
    <message>
        <source>to the hub</source>
        <translation>to the hub</translation>
    </message>
    <message>
        <source>to the folder</source>
        <translation>to the folder</translation>
    </message>
    <message>
        <source>{when}: snapshot {number}, {where}, {who}, day {day}</source>
        <translation>{when}: snapshot {number}, {where}, {who}, day {day}</translation>
    </message>
    <message>
        <source>Publish to programme</source>
        <translation>Publish to programme</translation>
    </message>
    <message>
        <source>These figures of “{name}”, and nothing else, go to the programme, signed with this device&apos;s key. They are worked out from shared records only: no note, title, name, comment or confidential or private record is ever part of them.</source>
        <translation>These figures of “{name}”, and nothing else, go to the programme, signed with this device&apos;s key. They are worked out from shared records only: no note, title, name, comment or confidential or private record is ever part of them.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>The figures that are published</source>
        <translation>The figures that are published</translation>
    </message>
    <message>
        <source>Into the folder</source>
        <translation>Into the folder</translation>
    </message>
    <message>
        <source>Straight to the hub</source>
        <translation>Straight to the hub</translation>
    </message>
    <message>
        <source>The programme&apos;s shared folder</source>
        <translation>The programme&apos;s shared folder</translation>
    </message>
    <message>
        <source>Programme folder</source>
        <translation>Programme folder</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>postgresql+psycopg://user@host/programme</source>
        <translation>postgresql+psycopg://user@host/programme</translation>
    </message>
    <message>
        <source>The hub&apos;s address</source>
        <translation>The hub&apos;s address</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Where the programme reads it:</source>
        <translation>Where the programme reads it:</translation>
    </message>
    <message>
        <source>Give the hub&apos;s address, as the programme lead wrote it.</source>
        <translation>Give the hub&apos;s address, as the programme lead wrote it.</translation>
    </message>
    <message>
        <source>the hub (snapshot {number})</source>
        <translation>the hub (snapshot {number})</translation>
    </message>
    <message>
        <source>Choose the folder the programme reads: “{folder}” is not one.</source>
        <translation>Choose the folder the programme reads: “{folder}” is not one.</translation>
    </message>
    <message>
        <source>Nothing was published: {reason}</source>
        <translation>Nothing was published: {reason}</translation>
    </message>
</context>
<context>
    <name>ReportRangeDialog</name>
    <message>
        <source>Export progress report</source>
        <translation>Export progress report</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>The report holds shared content only: confidential and private records are left out and counted. A Markdown copy is written beside the PDF.</source>
        <translation>The report holds shared content only: confidential and private records are left out and counted. A Markdown copy is written beside the PDF.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>The end date is before the start date.</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>The report ends ({until}) before it starts ({since}).</source>
        <translation>The report ends ({until}) before it starts ({since}).</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Keep between 1 and 120 {name} of backups.</source>
        <translation>Keep between 1 and 120 {name} of backups.</translation>
    </message>
</context>
<context>
    <name>Review mode</name>
    <message>
        <source>Review mode</source>
        <translation>Review mode</translation>
    </message>
    <message>
        <source>Review mode (F11): hide everything confidential or private, for screen sharing</source>
        <translation>Review mode (F11): hide everything confidential or private, for screen sharing</translation>
    </message>
    <message>
        <source>REVIEW MODE</source>
        <translation>REVIEW MODE</translation>
    </message>
    <message>
        <source>Confidential and private items are hidden. F11 or Ctrl+Shift+R leaves Review mode.</source>
        <translation>Confidential and private items are hidden. F11 or Ctrl+Shift+R leaves Review mode.</translation>
    </message>
    <message>
        <source>Review mode text size</source>
        <translation>Review mode text size</translation>
    </message>
    <message>
        <source>Leave Review mode?

Confidential and private notes will be shown on this screen again. Stop sharing your screen first if others should not see them.</source>
        <translation>Leave Review mode?

Confidential and private notes will be shown on this screen again. Stop sharing your screen first if others should not see them.</translation>
    </message>
    <message>
        <source>Leave Review mode</source>
        <translation>Leave Review mode</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>The decision&apos;s text: select lines to comment on them</source>
        <translation>The decision&apos;s text: select lines to comment on them</translation>
    </message>
    <message>
        <source>Don&apos;t quote</source>
        <translation>Don&apos;t quote</translation>
    </message>
    <message>
        <source>Review thread</source>
        <translation>Review thread</translation>
    </message>
    <message>
        <source>Whole decision</source>
        <translation>Whole decision</translation>
    </message>
    <message>
        <source>Comment on section</source>
        <translation>Comment on section</translation>
    </message>
    <message>
        <source>Cancel reply</source>
        <translation>Cancel reply</translation>
    </message>
    <message>
        <source>A principle worth keeping</source>
        <translation>A principle worth keeping</translation>
    </message>
    <message>
        <source>Your comment (Markdown). Ctrl+Enter sends it.</source>
        <translation>Your comment (Markdown). Ctrl+Enter sends it.</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation>Your comment</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Request changes</translation>
    </message>
    <message>
        <source>Discuss in session</source>
        <translation>Discuss in session</translation>
    </message>
    <message>
        <source>Puts the decision on the next session&apos;s agenda</source>
        <translation>Puts the decision on the next session&apos;s agenda</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Select lines of the record to quote them in your comment.</source>
        <translation>Select lines of the record to quote them in your comment.</translation>
    </message>
    <message>
        <source>Replying to the {role}: “{body}”</source>
        <translation>Replying to the {role}: “{body}”</translation>
    </message>
    <message>
        <source>the record</source>
        <translation>the record</translation>
    </message>
    <message>
        <source>Quoting {where}: “{shown}{more}”</source>
        <translation>Quoting {where}: “{shown}{more}”</translation>
    </message>
    <message>
        <source>Added to the next session&apos;s agenda.</source>
        <translation>Added to the next session&apos;s agenda.</translation>
    </message>
</context>
<context>
    <name>ReviewService</name>
    <message>
        <source>Only the author (the {role}) submits this decision.</source>
        <translation>Only the author (the {role}) submits this decision.</translation>
    </message>
    <message>
        <source>The decision is already {status}; there is nothing to review.</source>
        <translation>The decision is already {status}; there is nothing to review.</translation>
    </message>
    <message>
        <source>The decision is already waiting for review.</source>
        <translation>The decision is already waiting for review.</translation>
    </message>
    <message>
        <source>Say what should change when you request changes.</source>
        <translation>Say what should change when you request changes.</translation>
    </message>
    <message>
        <source>Discuss {adr_number} {title}</source>
        <translation>Discuss {adr_number} {title}</translation>
    </message>
    <message>
        <source>{adr_number} has no revision {number}</source>
        <translation>{adr_number} has no revision {number}</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search everything  (Ctrl+K)</source>
        <translation>Search everything  (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>Action items</source>
        <translation>Action items</translation>
    </message>
    <message>
        <source>Double-click to change the text, owner or due date</source>
        <translation>Double-click to change the text, owner or due date</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>New action item</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Due date of the new action item</source>
        <translation>Due date of the new action item</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected action item</source>
        <translation>Remove the selected action item</translation>
    </message>
    <message>
        <source>Still open from earlier sessions</source>
        <translation>Still open from earlier sessions</translation>
    </message>
    <message>
        <source> · from {since}</source>
        <translation> · from {since}</translation>
    </message>
    <message>
        <source>, due {day}</source>
        <translation>, due {day}</translation>
    </message>
</context>
<context>
    <name>SessionEditService</name>
    <message>
        <source>A session lasts between 5 minutes and 12 hours.</source>
        <translation>A session lasts between 5 minutes and 12 hours.</translation>
    </message>
    <message>
        <source>Feedback ratings go from 1 to 5.</source>
        <translation>Feedback ratings go from 1 to 5.</translation>
    </message>
    <message>
        <source>An action item needs some text.</source>
        <translation>An action item needs some text.</translation>
    </message>
    <message>
        <source>That session no longer exists.</source>
        <translation>That session no longer exists.</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Shared</translation>
    </message>
    <message>
        <source>Confidential (hidden in Review mode)</source>
        <translation>Confidential (hidden in Review mode)</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Add a talking point and press Enter</source>
        <translation>Add a talking point and press Enter</translation>
    </message>
    <message>
        <source>New talking point</source>
        <translation>New talking point</translation>
    </message>
    <message>
        <source>Remove point</source>
        <translation>Remove point</translation>
    </message>
    <message>
        <source>Notes (Markdown)</source>
        <translation>Notes (Markdown)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Notes as they read</source>
        <translation>Notes as they read</translation>
    </message>
    <message>
        <source>My private notes</source>
        <translation>My private notes</translation>
    </message>
    <message>
        <source>Only on this computer: never exported, hidden in Review mode</source>
        <translation>Only on this computer: never exported, hidden in Review mode</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>No rating</translation>
    </message>
    <message>
        <source>Mentee&apos;s comment on the session</source>
        <translation>Mentee&apos;s comment on the session</translation>
    </message>
    <message>
        <source>Delete session…</source>
        <translation>Delete session…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Shared content only unless you choose otherwise; private notes never</source>
        <translation>Shared content only unless you choose otherwise; private notes never</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Save as template…</translation>
    </message>
    <message>
        <source>Start future sessions from this one&apos;s agenda and notes</source>
        <translation>Start future sessions from this one&apos;s agenda and notes</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibility</translation>
    </message>
    <message>
        <source>Agenda (tick what was discussed)</source>
        <translation>Agenda (tick what was discussed)</translation>
    </message>
    <message>
        <source>Action items (tick when done)</source>
        <translation>Action items (tick when done)</translation>
    </message>
    <message>
        <source>Mentee feedback</source>
        <translation>Mentee feedback</translation>
    </message>
    <message>
        <source>Saved {now:%H:%M:%S}</source>
        <translation>Saved {now:%H:%M:%S}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Editing…</translation>
    </message>
</context>
<context>
    <name>SessionOutputs</name>
    <message>
        <source>Export session</source>
        <translation>Export session</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>This session has confidential parts. Include them in the PDF?
(Private notes are never included.)</source>
        <translation>This session has confidential parts. Include them in the PDF?
(Private notes are never included.)</translation>
    </message>
    <message>
        <source>Could not write {target}</source>
        <translation>Could not write {target}</translation>
    </message>
    <message>
        <source>Exported to {target}</source>
        <translation>Exported to {target}</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Save as template</translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation>Name of the template:</translation>
    </message>
    <message>
        <source>{label} (mine)</source>
        <translation>{label} (mine)</translation>
    </message>
    <message>
        <source>template name</source>
        <translation>template name</translation>
    </message>
</context>
<context>
    <name>SessionReport</name>
    <message>
        <source>{mentor} (mentor) and {mentee} (mentee) · {when}, {time} · {minutes} min · {kind}</source>
        <translation>{mentor} (mentor) and {mentee} (mentee) · {when}, {time} · {minutes} min · {kind}</translation>
    </message>
    <message>
        <source>The content of this session is confidential and was left out.</source>
        <translation>The content of this session is confidential and was left out.</translation>
    </message>
    <message>
        <source>Confidential action items left out: {count}.</source>
        <translation>Confidential action items left out: {count}.</translation>
    </message>
    <message>
        <source>{owner}, due {day}</source>
        <translation>{owner}, due {day}</translation>
    </message>
</context>
<context>
    <name>SessionService</name>
    <message>
        <source>Feedback ratings go from 1 to 5.</source>
        <extracomment>At most this many open items of earlier sessions are listed under a session (the oldest are left out: a pairing that kept hundreds open reviews them on the Prepare page, not in one session).</extracomment>
        <translation>Feedback ratings go from 1 to 5.</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>New session (Ctrl+N)</source>
        <translation>New session (Ctrl+N)</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>Export calendar…</translation>
    </message>
    <message>
        <source>Write the session schedule as an .ics file for your calendar app</source>
        <translation>Write the session schedule as an .ics file for your calendar app</translation>
    </message>
    <message>
        <source>Delete session…</source>
        <translation>Delete session…</translation>
    </message>
    <message>
        <source>Rename session</source>
        <translation>Rename session</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>No sessions yet</translation>
    </message>
    <message>
        <source>Plan the first session: its agenda starts from a template, and every open action item is carried into it until it is done.</source>
        <translation>Plan the first session: its agenda starts from a template, and every open action item is carried into it until it is done.</translation>
    </message>
    <message>
        <source>{name} sessions.ics</source>
        <translation>{name} sessions.ics</translation>
    </message>
    <message>
        <source>Export sessions</source>
        <translation>Export sessions</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <source>Could not write {target}: {reason}</source>
        <translation>Could not write {target}: {reason}</translation>
    </message>
    <message>
        <source>Exported {count} session to {target}</source>
        <translation>Exported {count} session to {target}</translation>
    </message>
    <message>
        <source>Exported {count} sessions to {target}</source>
        <translation>Exported {count} sessions to {target}</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Delete session</translation>
    </message>
    <message>
        <source>Delete this session with its agenda, notes and action items?</source>
        <translation>Delete this session with its agenda, notes and action items?</translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>The session was not deleted: {error}</source>
        <translation>The session was not deleted: {error}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>{shown} shown · </source>
        <translation>{shown} shown · </translation>
    </message>
    <message>
        <source>{found}{held} held, {upcoming} upcoming</source>
        <translation>{found}{held} held, {upcoming} upcoming</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <source>Export for partner…</source>
        <translation>Export for partner…</translation>
    </message>
    <message>
        <source>Import partner&apos;s export…</source>
        <translation>Import partner&apos;s export…</translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation>Conflicts…</translation>
    </message>
    <message>
        <source>Publish to programme…</source>
        <translation>Publish to programme…</translation>
    </message>
    <message>
        <source>Pairing cards and fingerprints…</source>
        <translation>Pairing cards and fingerprints…</translation>
    </message>
    <message>
        <source>Import partner&apos;s card…</source>
        <translation>Import partner&apos;s card…</translation>
    </message>
    <message>
        <source>Sync folder…</source>
        <translation>Sync folder…</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sync: not set up yet (Sync → Pairing cards and fingerprints…)</source>
        <translation>Sync: not set up yet (Sync → Pairing cards and fingerprints…)</translation>
    </message>
    <message>
        <source> · sync folder</source>
        <translation> · sync folder</translation>
    </message>
    <message>
        <source>Sync: no partner card yet (Sync → Import partner&apos;s card…){folder}</source>
        <translation>Sync: no partner card yet (Sync → Import partner&apos;s card…){folder}</translation>
    </message>
    <message>
        <source>exported {ago}, imported {ago2}</source>
        <translation>exported {ago}, imported {ago2}</translation>
    </message>
    <message>
        <source>Sync with {name}: {when}{folder}</source>
        <translation>Sync with {name}: {when}{folder}</translation>
    </message>
    <message>
        <source>Unlock sync</source>
        <translation>Unlock sync</translation>
    </message>
    <message>
        <source>Enter the passphrase that seals this device&apos;s keys. It is asked once per run.</source>
        <translation>Enter the passphrase that seals this device&apos;s keys. It is asked once per run.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Keys created: your fingerprint is {fingerprint}</source>
        <translation>Keys created: your fingerprint is {fingerprint}</translation>
    </message>
    <message>
        <source>Import partner&apos;s card</source>
        <translation>Import partner&apos;s card</translation>
    </message>
    <message>
        <source>{name}&apos;s card is linked to {pairing}.

Their fingerprint: {fingerprint}

Read it aloud with {name} to be sure it is theirs.</source>
        <translation>{name}&apos;s card is linked to {pairing}.

Their fingerprint: {fingerprint}

Read it aloud with {name} to be sure it is theirs.</translation>
    </message>
    <message>
        <source>no pairing yet</source>
        <translation>no pairing yet</translation>
    </message>
    <message>
        <source>Import partner&apos;s export</source>
        <translation>Import partner&apos;s export</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>{name} is protected by a password.</source>
        <translation>{name} is protected by a password.</translation>
    </message>
    <message>
        <source>A partner&apos;s card</source>
        <translation>A partner&apos;s card</translation>
    </message>
    <message>
        <source>{message}

Do the fingerprints match?</source>
        <translation>{message}

Do the fingerprints match?</translation>
    </message>
    <message>
        <source>New pairing</source>
        <translation>New pairing</translation>
    </message>
    <message>
        <source>{message}

Create it here?</source>
        <translation>{message}

Create it here?</translation>
    </message>
    <message>
        <source>; it was moved to {parent}</source>
        <translation>; it was moved to {parent}</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Import {name}</translation>
    </message>
    <message>
        <source>{message}

{name} was not imported{where}.</source>
        <translation>{message}

{name} was not imported{where}.</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importing {name}…</translation>
    </message>
    <message>
        <source>Exports are written to {chosen}; exports arriving there are imported.</source>
        <translation>Exports are written to {chosen}; exports arriving there are imported.</translation>
    </message>
    <message>
        <source>No sync folder: exports are saved where you choose.</source>
        <translation>No sync folder: exports are saved where you choose.</translation>
    </message>
    <message>
        <source>New exports are in the sync folder: unlock sync to import them.</source>
        <translation>New exports are in the sync folder: unlock sync to import them.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Published the figures to {path}</source>
        <translation>Published the figures to {path}</translation>
    </message>
    <message>
        <source>MentorDesk exports (*.mdbundle);;All files (*)</source>
        <translation>MentorDesk exports (*.mdbundle);;All files (*)</translation>
    </message>
    <message>
        <source>It is written to the sync folder {folder}.</source>
        <translation>It is written to the sync folder {folder}.</translation>
    </message>
    <message>
        <source>You choose where to save it next.</source>
        <translation>You choose where to save it next.</translation>
    </message>
    <message>
        <source>Save export</source>
        <translation>Save export</translation>
    </message>
    <message>
        <source>your partner</source>
        <translation>your partner</translation>
    </message>
    <message>
        <source>Exported {total} records to {out}</source>
        <translation>Exported {total} records to {out}</translation>
    </message>
    <message>
        <source>Exporting {name}…</source>
        <translation>Exporting {name}…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>They are in the sync folder: {partner}&apos;s copy imports them, in order, once the folder has synced.</source>
        <translation>They are in the sync folder: {partner}&apos;s copy imports them, in order, once the folder has synced.</translation>
    </message>
    <message>
        <source>It is in the sync folder: {partner}&apos;s copy imports it once the folder has synced.</source>
        <translation>It is in the sync folder: {partner}&apos;s copy imports it once the folder has synced.</translation>
    </message>
    <message>
        <source>Send the {parts} files to {partner}, who imports them together (Sync → Import).</source>
        <translation>Send the {parts} files to {partner}, who imports them together (Sync → Import).</translation>
    </message>
    <message>
        <source>Send the file to {partner}.</source>
        <translation>Send the file to {partner}.</translation>
    </message>
    <message>
        <source> Tell {partner} the password another way (say it aloud).</source>
        <translation> Tell {partner} the password another way (say it aloud).</translation>
    </message>
    <message>
        <source> They are encrypted for {partner}&apos;s key and yours only.</source>
        <translation> They are encrypted for {partner}&apos;s key and yours only.</translation>
    </message>
    <message>
        <source> It is encrypted for {partner}&apos;s key and yours only.</source>
        <translation> It is encrypted for {partner}&apos;s key and yours only.</translation>
    </message>
    <message>
        <source>Export written</source>
        <translation>Export written</translation>
    </message>
    <message>
        <source>Exported {total} records of the pairing in {parts} files: more than one file holds.</source>
        <translation>Exported {total} records of the pairing in {parts} files: more than one file holds.</translation>
    </message>
    <message>
        <source>Exported {total} records of the pairing.</source>
        <translation>Exported {total} records of the pairing.</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Show in folder</translation>
    </message>
</context>
<context>
    <name>SyncFolderDialog</name>
    <message>
        <source>A sync folder is a folder that your own file-sync tool or shared drive keeps the same on your computer and your partner&apos;s. MentorDesk writes each export into it, and imports your partner&apos;s exports as soon as they arrive there, so neither of you sends files by hand. Exports are encrypted for the two of you: the tool that copies them cannot read them.</source>
        <translation>A sync folder is a folder that your own file-sync tool or shared drive keeps the same on your computer and your partner&apos;s. MentorDesk writes each export into it, and imports your partner&apos;s exports as soon as they arrive there, so neither of you sends files by hand. Exports are encrypted for the two of you: the tool that copies them cannot read them.</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Sync folder</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Stop using it</source>
        <translation>Stop using it</translation>
    </message>
    <message>
        <source>Exports are then saved where you choose; nothing in the folder is deleted</source>
        <translation>Exports are then saved where you choose; nothing in the folder is deleted</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>No sync folder</source>
        <translation>No sync folder</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Choose another folder…</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>Unlock this device&apos;s keys first.</source>
        <translation>Unlock this device&apos;s keys first.</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} is not a folder.</translation>
    </message>
</context>
<context>
    <name>TemplateService</name>
    <message>
        <source>There is no template named {name!r}.</source>
        <translation>There is no template named {name!r}.</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>A template needs a name.</translation>
    </message>
    <message>
        <source>{cleaned!r} is the name of a built-in template; choose another.</source>
        <translation>{cleaned!r} is the name of a built-in template; choose another.</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Type the {what} first, or press Cancel.</source>
        <translation>Type the {what} first, or press Cancel.</translation>
    </message>
</context>
<context>
    <name>TickChecklistItem</name>
    <message>
        <source>Tick checklist item</source>
        <translation>Tick checklist item</translation>
    </message>
    <message>
        <source>Untick checklist item</source>
        <translation>Untick checklist item</translation>
    </message>
</context>
<context>
    <name>Ticks</name>
    <message>
        <source>day</source>
        <translation>day</translation>
    </message>
    <message>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>quarter</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>5 years</source>
        <translation>5 years</translation>
    </message>
    <message>
        <source>decade</source>
        <translation>decade</translation>
    </message>
    <message>
        <source>25 years</source>
        <translation>25 years</translation>
    </message>
</context>
<context>
    <name>TimelineIOService</name>
    <message>
        <source>the repository has no tags and no merges of a topic branch (such as “Merge branch &apos;fix-retries&apos;” or “Merge pull request #7 from team/fix-retries”), so there was nothing to add; a history of squashed or rebased commits has no merges to read</source>
        <extracomment>Colours given to components an import creates, in turn.</extracomment>
        <translation>the repository has no tags and no merges of a topic branch (such as “Merge branch &apos;fix-retries&apos;” or “Merge pull request #7 from team/fix-retries”), so there was nothing to add; a history of squashed or rebased commits has no merges to read</translation>
    </message>
    <message>
        <source>line {line}: {error}</source>
        <translation>line {line}: {error}</translation>
    </message>
    <message>
        <source>{added} events</source>
        <translation>{added} events</translation>
    </message>
    <message>
        <source>{no_topic} merges of a mainline branch (no topic) left out</source>
        <translation>{no_topic} merges of a mainline branch (no topic) left out</translation>
    </message>
    <message>
        <source>every release and topic merge of this repository was imported before</source>
        <translation>every release and topic merge of this repository was imported before</translation>
    </message>
    <message>
        <source>releases and merges</source>
        <translation>releases and merges</translation>
    </message>
</context>
<context>
    <name>TimelineLegend</name>
    <message>
        <source>Timeline legend</source>
        <translation>Timeline legend</translation>
    </message>
    <message>
        <source>Marker shapes: {shapes}</source>
        <translation>Marker shapes: {shapes}</translation>
    </message>
</context>
<context>
    <name>TimelineScene</name>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Delete “{name}”</source>
        <translation>Delete “{name}”</translation>
    </message>
    <message>
        <source>Archive “{title}”</source>
        <translation>Archive “{title}”</translation>
    </message>
    <message>
        <source>Unarchive “{title}”</source>
        <translation>Unarchive “{title}”</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Delete {name}</translation>
    </message>
</context>
<context>
    <name>UtcDateTime</name>
    <message>
        <source>naive datetime given where UTC is required</source>
        <translation>naive datetime given where UTC is required</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to MentorDesk</source>
        <translation>Welcome to MentorDesk</translation>
    </message>
    <message>
        <source>Start with the pairing you are part of. Everything else (the 90-day plan, session notes, decision log and the system&apos;s history) belongs to a pairing. You can add more pairings later.</source>
        <translation>Start with the pairing you are part of. Everything else (the 90-day plan, session notes, decision log and the system&apos;s history) belongs to a pairing. You can add more pairings later.</translation>
    </message>
    <message>
        <source>Create pairing</source>
        <translation>Create pairing</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>About {APP_NAME}</source>
        <translation>About {APP_NAME}</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>This did not work because of an unexpected error ({name__}: {error}). Nothing was changed; the details are in {log_path}.</source>
        <translation>This did not work because of an unexpected error ({name__}: {error}). Nothing was changed; the details are in {log_path}.</translation>
    </message>
</context>
<context>
    <name>_Made</name>
    <message>
        <source>Backed up to {path}.</source>
        <translation>Backed up to {path}.</translation>
    </message>
</context>
<context>
    <name>_OptionBox</name>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Bad</translation>
    </message>
    <message>
        <source>Name of the option</source>
        <translation>Name of the option</translation>
    </message>
    <message>
        <source>Option name</source>
        <translation>Option name</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove this option</source>
        <translation>Remove this option</translation>
    </message>
    <message>
        <source>{kind}, because … (one per line)</source>
        <translation>{kind}, because … (one per line)</translation>
    </message>
    <message>
        <source>{kind} arguments</source>
        <translation>{kind} arguments</translation>
    </message>
    <message>
        <source>More about this option (Markdown), if it needs more than arguments</source>
        <translation>More about this option (Markdown), if it needs more than arguments</translation>
    </message>
    <message>
        <source>Option description</source>
        <translation>Option description</translation>
    </message>
</context>
<context>
    <name>_PairingDialog</name>
    <message>
        <source>pairing</source>
        <translation>pairing</translation>
    </message>
</context>
<context>
    <name>adr_export</name>
    <message>
        <source>“{title}” ({origin}) and “{title2}” ({origin2}) would both be number {number} or {name} in one folder. Export one log at a time.</source>
        <translation>“{title}” ({origin}) and “{title2}” ({origin2}) would both be number {number} or {name} in one folder. Export one log at a time.</translation>
    </message>
    <message>
        <source>from {source_log}</source>
        <translation>from {source_log}</translation>
    </message>
    <message>
        <source>written here</source>
        <translation>written here</translation>
    </message>
</context>
<context>
    <name>adr_folder</name>
    <message>
        <source>{directory} is not a folder</source>
        <translation>{directory} is not a folder</translation>
    </message>
    <message>
        <source>a link that leads nowhere, or round in a loop</source>
        <translation>a link that leads nowhere, or round in a loop</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <source>number {number} is also used by {numbers}</source>
        <translation>number {number} is also used by {numbers}</translation>
    </message>
    <message>
        <source>decision record</source>
        <translation>decision record</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>not UTF-8 text</translation>
    </message>
    <message>
        <source>it could not be read as a decision record ({error})</source>
        <translation>it could not be read as a decision record ({error})</translation>
    </message>
    <message>
        <source>its date “{date_text}” could not be read</source>
        <translation>its date “{date_text}” could not be read</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>{said}; dated {isoformat}, the file&apos;s last change</source>
        <translation>{said}; dated {isoformat}, the file&apos;s last change</translation>
    </message>
</context>
<context>
    <name>adr_format</name>
    <message>
        <source>no decision number in its title or file name</source>
        <translation>no decision number in its title or file name</translation>
    </message>
    <message>
        <source>its title is longer than 300 characters</source>
        <translation>its title is longer than 300 characters</translation>
    </message>
</context>
<context>
    <name>adr_meta</name>
    <message>
        <source>front matter longer than 64 KB</source>
        <translation>front matter longer than 64 KB</translation>
    </message>
    <message>
        <source>front matter with YAML anchors or aliases</source>
        <translation>front matter with YAML anchors or aliases</translation>
    </message>
    <message>
        <source>front matter nested too deeply</source>
        <translation>front matter nested too deeply</translation>
    </message>
</context>
<context>
    <name>adr_write</name>
    <message>
        <source>Unknown format {fmt!r}: use madr or nygard.</source>
        <translation>Unknown format {fmt!r}: use madr or nygard.</translation>
    </message>
</context>
<context>
    <name>archeology</name>
    <message>
        <source>“{value}” is not a colour; write it as #rrggbb.</source>
        <translation>“{value}” is not a colour; write it as #rrggbb.</translation>
    </message>
    <message>
        <source>An era needs a name.</source>
        <translation>An era needs a name.</translation>
    </message>
    <message>
        <source>The era “{name}” ends before it starts.</source>
        <translation>The era “{name}” ends before it starts.</translation>
    </message>
</context>
<context>
    <name>backups_dialog</name>
    <message>
        <source>{value:.1f} MB</source>
        <translation>{value:.1f} MB</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
</context>
<context>
    <name>base</name>
    <message>
        <source>{kind} {record_id} does not exist</source>
        <translation>{kind} {record_id} does not exist</translation>
    </message>
</context>
<context>
    <name>batches</name>
    <message>
        <source>Nothing was added.</source>
        <translation>Nothing was added.</translation>
    </message>
    <message>
        <source>{kept} from the first {read} of {total} {noun} were written before it stopped; importing the same source again adds the rest and skips what is already there.</source>
        <translation>{kept} from the first {read} of {total} {noun} were written before it stopped; importing the same source again adds the rest and skips what is already there.</translation>
    </message>
</context>
<context>
    <name>board</name>
    <message>
        <source>A card needs a title.</source>
        <translation>A card needs a title.</translation>
    </message>
    <message>
        <source>A card title can be at most {MAX_TITLE} characters.</source>
        <translation>A card title can be at most {MAX_TITLE} characters.</translation>
    </message>
</context>
<context>
    <name>bounded</name>
    <message>
        <source>not-export</source>
        <translation>not-export</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalid</translation>
    </message>
</context>
<context>
    <name>bundle</name>
    <message>
        <source>This export would hold {count:,} records ({size:.0f} MB), more than your partner&apos;s MentorDesk opens ({MAX_RECORDS:,} records, {limit} MB). Nothing was written. Export what changed since the last export rather than everything, and export more often so each one carries less.</source>
        <extracomment>The most parts one export is written in (each holds up to MAX_RECORDS_BYTES of records).</extracomment>
        <translation>This export would hold {count:,} records ({size:.0f} MB), more than your partner&apos;s MentorDesk opens ({MAX_RECORDS:,} records, {limit} MB). Nothing was written. Export what changed since the last export rather than everything, and export more often so each one carries less.</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalid</translation>
    </message>
    <message>
        <source>own</source>
        <translation>own</translation>
    </message>
    <message>
        <source>unknown-sender</source>
        <translation>unknown-sender</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>damaged</translation>
    </message>
    <message>
        <source>other-pairing</source>
        <translation>other-pairing</translation>
    </message>
    <message>
        <source>not-export</source>
        <translation>not-export</translation>
    </message>
    <message>
        <source>hostile</source>
        <translation>hostile</translation>
    </message>
    <message>
        <source>password-needed</source>
        <translation>password-needed</translation>
    </message>
    <message>
        <source>wrong-key</source>
        <translation>wrong-key</translation>
    </message>
    <message>
        <source>newer</source>
        <translation>newer</translation>
    </message>
    <message>
        <source>a record&apos;s kind is not a name</source>
        <translation>a record&apos;s kind is not a name</translation>
    </message>
    <message>
        <source>a record&apos;s id is not an id</source>
        <translation>a record&apos;s id is not an id</translation>
    </message>
    <message>
        <source>{where} has a deleted flag that is not true or false</source>
        <translation>{where} has a deleted flag that is not true or false</translation>
    </message>
    <message>
        <source>{where} has a version that is not a version vector</source>
        <translation>{where} has a version that is not a version vector</translation>
    </message>
    <message>
        <source>{where} has fields that are not fields</source>
        <translation>{where} has fields that are not fields</translation>
    </message>
    <message>
        <source>{where} has a field name that is not a name</source>
        <translation>{where} has a field name that is not a name</translation>
    </message>
    <message>
        <source>the field {name} of {where} has a value of the wrong type or size</source>
        <translation>the field {name} of {where} has a value of the wrong type or size</translation>
    </message>
    <message>
        <source>{where} has a deleted field that differs from its deleted flag</source>
        <translation>{where} has a deleted field that differs from its deleted flag</translation>
    </message>
    <message>
        <source>{where} gives versions for fields it does not have</source>
        <translation>{where} gives versions for fields it does not have</translation>
    </message>
    <message>
        <source>{where} has a field version that is not within the record&apos;s version</source>
        <translation>{where} has a field version that is not within the record&apos;s version</translation>
    </message>
    <message>
        <source>{where} has conflicts on fields it does not have</source>
        <translation>{where} has conflicts on fields it does not have</translation>
    </message>
    <message>
        <source>{where} has a conflict on {name} that is not a list of values</source>
        <translation>{where} has a conflict on {name} that is not a list of values</translation>
    </message>
    <message>
        <source>{where} has a conflicting value of {name} that is not valid</source>
        <translation>{where} has a conflicting value of {name} that is not valid</translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message>
        <source>The {field} of this {kind} is {count:,} characters long; it can hold at most {limit:,}.</source>
        <translation>The {field} of this {kind} is {count:,} characters long; it can hold at most {limit:,}.</translation>
    </message>
</context>
<context>
    <name>column_view</name>
    <message>
        <source>{total} cards</source>
        <translation>{total} cards</translation>
    </message>
    <message>
        <source> · over its limit</source>
        <translation> · over its limit</translation>
    </message>
    <message>
        <source> ({shown} shown)</source>
        <translation> ({shown} shown)</translation>
    </message>
</context>
<context>
    <name>controller</name>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>{count} d ago</source>
        <translation>{count} d ago</translation>
    </message>
    <message>
        <source>{count} h ago</source>
        <translation>{count} h ago</translation>
    </message>
    <message>
        <source>{count} min ago</source>
        <translation>{count} min ago</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
</context>
<context>
    <name>damaged</name>
    <message>
        <source>{APP_NAME}: the database is damaged</source>
        <translation>{APP_NAME}: the database is damaged</translation>
    </message>
    <message>
        <source>{error}

The file was not changed: it was moved to {moved}.</source>
        <translation>{error}

The file was not changed: it was moved to {moved}.</translation>
    </message>
    <message>
        <source>

The newest good backup is from {made}. Restore it?</source>
        <translation>

The newest good backup is from {made}. Restore it?</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restore the backup</translation>
    </message>
    <message>
        <source>

There is no good backup of it.</source>
        <translation>

There is no good backup of it.</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>Start with an empty database</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>yesterday</translation>
    </message>
    <message>
        <source>in {days} days</source>
        <translation>in {days} days</translation>
    </message>
    <message>
        <source>{days} days ago</source>
        <translation>{days} days ago</translation>
    </message>
    <message>
        <source>starts {when}</source>
        <translation>starts {when}</translation>
    </message>
    <message>
        <source>day {day} of 90</source>
        <translation>day {day} of 90</translation>
    </message>
    <message>
        <source>day {day}, after the 90-day plan</source>
        <translation>day {day}, after the 90-day plan</translation>
    </message>
</context>
<context>
    <name>decision_data</name>
    <message>
        <source>A decision needs a title.</source>
        <translation>A decision needs a title.</translation>
    </message>
    <message>
        <source>The title is {count} characters long; 300 is the limit.</source>
        <translation>The title is {count} characters long; 300 is the limit.</translation>
    </message>
    <message>
        <source>Confidence goes from 1 to 5.</source>
        <translation>Confidence goes from 1 to 5.</translation>
    </message>
    <message>
        <source>The chosen option is the name of an option: 300 characters at most.</source>
        <translation>The chosen option is the name of an option: 300 characters at most.</translation>
    </message>
    <message>
        <source>Every considered option needs a name.</source>
        <translation>Every considered option needs a name.</translation>
    </message>
</context>
<context>
    <name>decision_review</name>
    <message>
        <source>The comment is empty.</source>
        <translation>The comment is empty.</translation>
    </message>
    <message>
        <source>There is no section called {section!r} in a decision record.</source>
        <translation>There is no section called {section!r} in a decision record.</translation>
    </message>
    <message>
        <source>A reply belongs to the thread of the same decision.</source>
        <translation>A reply belongs to the thread of the same decision.</translation>
    </message>
    <message>
        <source>The decision is not waiting for review.</source>
        <translation>The decision is not waiting for review.</translation>
    </message>
    <message>
        <source>The author cannot review their own decision.</source>
        <translation>The author cannot review their own decision.</translation>
    </message>
</context>
<context>
    <name>decisions</name>
    <message>
        <source>Awaiting my review</source>
        <translation>Awaiting my review</translation>
    </message>
    <message>
        <source>Revisit due</source>
        <translation>Revisit due</translation>
    </message>
    <message>
        <source> (number {there} there)</source>
        <translation> (number {there} there)</translation>
    </message>
    <message>
        <source>Imported from {source_log}, {source_file}{number}</source>
        <translation>Imported from {source_log}, {source_file}{number}</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>{what} {isoformat} is outside {year}–{year2}.</source>
        <translation>{what} {isoformat} is outside {year}–{year2}.</translation>
    </message>
</context>
<context>
    <name>exporting</name>
    <message>
        <source>Import your partner&apos;s pairing card first, or export with a password.</source>
        <translation>Import your partner&apos;s pairing card first, or export with a password.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>{where} is not a list of ids</source>
        <translation>{where} is not a list of ids</translation>
    </message>
    <message>
        <source>{where} does not list its ids sorted and once each</source>
        <translation>{where} does not list its ids sorted and once each</translation>
    </message>
    <message>
        <source>{where} is not a field this version of MentorDesk knows</source>
        <translation>{where} is not a field this version of MentorDesk knows</translation>
    </message>
    <message>
        <source>{where} is empty, and it may not be</source>
        <translation>{where} is empty, and it may not be</translation>
    </message>
    <message>
        <source>its structure is not the one MentorDesk writes</source>
        <translation>its structure is not the one MentorDesk writes</translation>
    </message>
    <message>
        <source>{converted} is outside {low}–{high}</source>
        <translation>{converted} is outside {low}–{high}</translation>
    </message>
    <message>
        <source>{where} does not fit: {error}</source>
        <translation>{where} does not fit: {error}</translation>
    </message>
    <message>
        <source>{value!r} is not one of its choices</source>
        <translation>{value!r} is not one of its choices</translation>
    </message>
    <message>
        <source>a time without its offset</source>
        <translation>a time without its offset</translation>
    </message>
    <message>
        <source>not true or false</source>
        <translation>not true or false</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>not a whole number</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>not a number</translation>
    </message>
    <message>
        <source>{value} is not a finite number</source>
        <translation>{value} is not a finite number</translation>
    </message>
    <message>
        <source>a list holding something other than text</source>
        <translation>a list holding something other than text</translation>
    </message>
    <message>
        <source>structured value nested too deeply</source>
        <translation>structured value nested too deeply</translation>
    </message>
    <message>
        <source>not a structured value</source>
        <translation>not a structured value</translation>
    </message>
    <message>
        <source>a column of type {kind} cannot be received</source>
        <translation>a column of type {kind} cannot be received</translation>
    </message>
    <message>
        <source>not text</source>
        <translation>not text</translation>
    </message>
    <message>
        <source>longer than {limit} characters</source>
        <translation>longer than {limit} characters</translation>
    </message>
    <message>
        <source>it holds a broken character (a lone UTF-16 surrogate)</source>
        <translation>it holds a broken character (a lone UTF-16 surrogate)</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>Import from git</source>
        <translation>Import from git</translation>
    </message>
    <message>
        <source>Reading the history of {name}…</source>
        <translation>Reading the history of {name}…</translation>
    </message>
    <message>
        <source>The import stopped</source>
        <translation>The import stopped</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Import CSV</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <source>Import releases and merges from a git repository</source>
        <translation>Import releases and merges from a git repository</translation>
    </message>
    <message>
        <source>(no component)</source>
        <translation>(no component)</translation>
    </message>
    <message>
        <source>Put the events in this component (type a new name to create it):</source>
        <translation>Put the events in this component (type a new name to create it):</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import timeline events</source>
        <translation>Import timeline events</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>Export the timeline</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>{count} events are private. Write them too?</source>
        <translation>{count} events are private. Write them too?</translation>
    </message>
    <message>
        <source>The file was not written: {error}</source>
        <translation>The file was not written: {error}</translation>
    </message>
    <message>
        <source>{count} events written to {chosen}</source>
        <translation>{count} events written to {chosen}</translation>
    </message>
    <message>
        <source>Export image</source>
        <translation>Export image</translation>
    </message>
    <message>
        <source>There is no event to draw yet.</source>
        <translation>There is no event to draw yet.</translation>
    </message>
    <message>
        <source>Export the timeline as an image</source>
        <translation>Export the timeline as an image</translation>
    </message>
    <message>
        <source>{kind} images (*.{suffix})</source>
        <translation>{kind} images (*.{suffix})</translation>
    </message>
    <message>
        <source>{name}: System Archeology</source>
        <translation>{name}: System Archeology</translation>
    </message>
    <message>
        <source>{what}, {first} to {last}</source>
        <translation>{what}, {first} to {last}</translation>
    </message>
    <message>
        <source>The image was not written: {error}</source>
        <translation>The image was not written: {error}</translation>
    </message>
    <message>
        <source>{path} is {kind}, not a {what} MentorDesk can read.</source>
        <translation>{path} is {kind}, not a {what} MentorDesk can read.</translation>
    </message>
    <message>
        <source>{path} is not a regular file.</source>
        <translation>{path} is not a regular file.</translation>
    </message>
    <message>
        <source>{path} is larger than {size}: too large for a {what}.</source>
        <translation>{path} is larger than {size}: too large for a {what}.</translation>
    </message>
    <message>
        <source>{path} is {kind}; choose a file name to write to.</source>
        <translation>{path} is {kind}; choose a file name to write to.</translation>
    </message>
</context>
<context>
    <name>folder</name>
    <message>
        <source>the decision that is</source>
        <translation>the decision that is</translation>
    </message>
    <message>
        <source>the {count} decisions that are</source>
        <translation>the {count} decisions that are</translation>
    </message>
    <message>
        <source>Import ADR folder</source>
        <translation>Import ADR folder</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <source>The import stopped</source>
        <translation>The import stopped</translation>
    </message>
    <message>
        <source>Export ADR folder</source>
        <translation>Export ADR folder</translation>
    </message>
    <message>
        <source>Writing to {name}…</source>
        <translation>Writing to {name}…</translation>
    </message>
    <message>
        <source>The export stopped</source>
        <translation>The export stopped</translation>
    </message>
    <message>
        <source>

in {folder}</source>
        <translation>

in {folder}</translation>
    </message>
    <message>
        <source>Import a folder of ADR files</source>
        <translation>Import a folder of ADR files</translation>
    </message>
    <message>
        <source>Export the decision log into a folder</source>
        <translation>Export the decision log into a folder</translation>
    </message>
</context>
<context>
    <name>folder_dialog</name>
    <message>
        <source>No sync folder is set: each export is saved where you choose, and imported by hand.</source>
        <translation>No sync folder is set: each export is saved where you choose, and imported by hand.</translation>
    </message>
    <message>
        <source>The folder cannot be found (on a drive that is not connected?). Nothing is imported until it is back.</source>
        <translation>The folder cannot be found (on a drive that is not connected?). Nothing is imported until it is back.</translation>
    </message>
    <message>
        <source>1 export is</source>
        <translation>1 export is</translation>
    </message>
    <message>
        <source>{count} exports are</source>
        <translation>{count} exports are</translation>
    </message>
    <message>
        <source>{waiting} waiting to be imported</source>
        <translation>{waiting} waiting to be imported</translation>
    </message>
    <message>
        <source>none waiting to be imported</source>
        <translation>none waiting to be imported</translation>
    </message>
    <message>
        <source>Watched while MentorDesk runs. {exports} in it, {waiting}.</source>
        <translation>Watched while MentorDesk runs. {exports} in it, {waiting}.</translation>
    </message>
    <message>
        <source>1 was</source>
        <translation>1 was</translation>
    </message>
    <message>
        <source>{refused} were</source>
        <translation>{refused} were</translation>
    </message>
    <message>
        <source> {refused} refused and set aside in its Refused folder, each with a note of why.</source>
        <translation> {refused} refused and set aside in its Refused folder, each with a note of why.</translation>
    </message>
</context>
<context>
    <name>html</name>
    <message>
        <source>&lt;b&gt;Confidential&lt;/b&gt;: shared with your partner, hidden in Review mode.</source>
        <translation>&lt;b&gt;Confidential&lt;/b&gt;: shared with your partner, hidden in Review mode.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Private&lt;/b&gt;: stays on this computer.</source>
        <translation>&lt;b&gt;Private&lt;/b&gt;: stays on this computer.</translation>
    </message>
</context>
<context>
    <name>identity</name>
    <message>
        <source>This is not a pairing card: it is far too long.</source>
        <translation>This is not a pairing card: it is far too long.</translation>
    </message>
    <message>
        <source>This is not a MentorDesk pairing card (its first and last lines are missing).</source>
        <translation>This is not a MentorDesk pairing card (its first and last lines are missing).</translation>
    </message>
    <message>
        <source>The pairing card is damaged: the line “{line}” is not a field.</source>
        <translation>The pairing card is damaged: the line “{line}” is not a field.</translation>
    </message>
    <message>
        <source>The pairing card is damaged: it has no {missing}.</source>
        <translation>The pairing card is damaged: it has no {missing}.</translation>
    </message>
    <message>
        <source>This pairing card was made by a newer MentorDesk (card version {fields}); update MentorDesk to read it.</source>
        <translation>This pairing card was made by a newer MentorDesk (card version {fields}); update MentorDesk to read it.</translation>
    </message>
    <message>
        <source>The pairing card is damaged: its device id or age key is not valid.</source>
        <translation>The pairing card is damaged: its device id or age key is not valid.</translation>
    </message>
    <message>
        <source>The pairing card is damaged: its signing key is not an Ed25519 key.</source>
        <translation>The pairing card is damaged: its signing key is not an Ed25519 key.</translation>
    </message>
    <message>
        <source>The pairing card is damaged: its signing key cannot be read.</source>
        <translation>The pairing card is damaged: its signing key cannot be read.</translation>
    </message>
    <message>
        <source>The pairing card is damaged: it has no name.</source>
        <translation>The pairing card is damaged: it has no name.</translation>
    </message>
    <message>
        <source>The pairing card was altered: its keys do not match its fingerprint. Ask your partner for it again.</source>
        <translation>The pairing card was altered: its keys do not match its fingerprint. Ask your partner for it again.</translation>
    </message>
</context>
<context>
    <name>lanes</name>
    <message>
        <source>New component</source>
        <translation>New component</translation>
    </message>
    <message>
        <source>Name of the system or component:</source>
        <translation>Name of the system or component:</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Rename component</source>
        <translation>Rename component</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Lane colour</source>
        <translation>Lane colour</translation>
    </message>
    <message>
        <source>Delete component</source>
        <translation>Delete component</translation>
    </message>
    <message>
        <source>Delete the lane “{name}”? Its events stay on the timeline, in their other lanes or under “Other”.</source>
        <translation>Delete the lane “{name}”? Its events stay on the timeline, in their other lanes or under “Other”.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Colour…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>legend</name>
    <message>
        <source>date known to the month, quarter or year</source>
        <translation>date known to the month, quarter or year</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>cause</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Read-only: {path} (or its folder) cannot be written, so nothing you change here is saved. To work in it, copy it somewhere you can write and open the copy.</source>
        <translation>Read-only: {path} (or its folder) cannot be written, so nothing you change here is saved. To work in it, copy it somewhere you can write and open the copy.</translation>
    </message>
</context>
<context>
    <name>metrics</name>
    <message>
        <source>Sessions per month</source>
        <translation>Sessions per month</translation>
    </message>
    <message>
        <source>{value:.1f} (target {sessions_per_month:.1f})</source>
        <translation>{value:.1f} (target {sessions_per_month:.1f})</translation>
    </message>
    <message>
        <source>Sessions held since the start date, divided by the months elapsed (at least one).</source>
        <translation>Sessions held since the start date, divided by the months elapsed (at least one).</translation>
    </message>
    <message>
        <source>Longest gap</source>
        <translation>Longest gap</translation>
    </message>
    <message>
        <source>{days} days (longer than planned)</source>
        <translation>{days} days (longer than planned)</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} days</translation>
    </message>
    <message>
        <source>Most days between two held sessions; the {cadence} cadence plans {interval}.</source>
        <translation>Most days between two held sessions; the {cadence} cadence plans {interval}.</translation>
    </message>
    <message>
        <source>Mentoring hours per week</source>
        <translation>Mentoring hours per week</translation>
    </message>
    <message>
        <source>{hours:.1f} h</source>
        <translation>{hours:.1f} h</translation>
    </message>
    <message>
        <source>Duration of held sessions divided by the weeks since the start date (at least one).</source>
        <translation>Duration of held sessions divided by the weeks since the start date (at least one).</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Completion rate</translation>
    </message>
    <message>
        <source>Action items marked done, out of all action items recorded.</source>
        <translation>Action items marked done, out of all action items recorded.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Open action items whose due date has passed.</source>
        <translation>Open action items whose due date has passed.</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Logged</translation>
    </message>
    <message>
        <source>{count} ({imported} imported)</source>
        <translation>{count} ({imported} imported)</translation>
    </message>
    <message>
        <source>Decision records in the log, those imported from an ADR folder included.</source>
        <translation>Decision records in the log, those imported from an ADR folder included.</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>Decisions whose review is complete, out of those written here (imported ones are not reviewed).</source>
        <translation>Decisions whose review is complete, out of those written here (imported ones are not reviewed).</translation>
    </message>
    <message>
        <source>Cards done</source>
        <translation>Cards done</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} of {total}</translation>
    </message>
    <message>
        <source>Cards in the Done column.</source>
        <translation>Cards in the Done column.</translation>
    </message>
    <message>
        <source>Milestones reached</source>
        <translation>Milestones reached</translation>
    </message>
    <message>
        <source>{title} (day {day})</source>
        <translation>{title} (day {day})</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Milestone cards with a reached-on date, counted in days from the start date.</source>
        <translation>Milestone cards with a reached-on date, counted in days from the start date.</translation>
    </message>
    <message>
        <source>Mentee rating</source>
        <translation>Mentee rating</translation>
    </message>
    <message>
        <source>{mean:.1f} / 5 over {count} sessions</source>
        <translation>{mean:.1f} / 5 over {count} sessions</translation>
    </message>
    <message>
        <source>no ratings yet</source>
        <translation>no ratings yet</translation>
    </message>
    <message>
        <source>Average of the mentee&apos;s 1–5 ratings of held sessions.</source>
        <translation>Average of the mentee&apos;s 1–5 ratings of held sessions.</translation>
    </message>
    <message>
        <source>{value:.0%} ({part} of {whole})</source>
        <translation>{value:.0%} ({part} of {whole})</translation>
    </message>
    <message>
        <source>nothing recorded yet</source>
        <translation>nothing recorded yet</translation>
    </message>
</context>
<context>
    <name>painting</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>pairings</name>
    <message>
        <source>Both names are needed for a pairing.</source>
        <translation>Both names are needed for a pairing.</translation>
    </message>
    <message>
        <source>You and your partner need different names.</source>
        <translation>You and your partner need different names.</translation>
    </message>
    <message>
        <source>A pairing needs a name.</source>
        <translation>A pairing needs a name.</translation>
    </message>
    <message>
        <source>A pairing&apos;s name has at most {NAME_LIMIT} characters.</source>
        <translation>A pairing&apos;s name has at most {NAME_LIMIT} characters.</translation>
    </message>
    <message>
        <source>A pairing named {name!r} already exists.</source>
        <translation>A pairing named {name!r} already exists.</translation>
    </message>
    <message>
        <source>A competency&apos;s name has at most {COMPETENCY_LIMIT} characters: {name}…</source>
        <translation>A competency&apos;s name has at most {COMPETENCY_LIMIT} characters: {name}…</translation>
    </message>
</context>
<context>
    <name>panel</name>
    <message>
        <source>Why (the constraints of the time)</source>
        <translation>Why (the constraints of the time)</translation>
    </message>
    <message>
        <source>Don&apos;t re-introduce</source>
        <translation>Don&apos;t re-introduce</translation>
    </message>
    <message>
        <source>Caused by</source>
        <translation>Caused by</translation>
    </message>
    <message>
        <source>Led to</source>
        <translation>Led to</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Also linked</source>
        <translation>Also linked</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>About this era</source>
        <translation>About this era</translation>
    </message>
    <message>
        <source>Click an event to read why it happened. Double-click empty space to add an event on that date; Ctrl+wheel or +/− zooms, dragging pans.</source>
        <translation>Click an event to read why it happened. Double-click empty space to add an event on that date; Ctrl+wheel or +/− zooms, dragging pans.</translation>
    </message>
</context>
<context>
    <name>parts</name>
    <message>
        <source>The {kind} {id} holds more than your partner&apos;s MentorDesk opens in one file ({limit} MB); nothing was written.</source>
        <translation>The {kind} {id} holds more than your partner&apos;s MentorDesk opens in one file ({limit} MB); nothing was written.</translation>
    </message>
</context>
<context>
    <name>picture</name>
    <message>
        <source>could not write {path}</source>
        <translation>could not write {path}</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Cards due and decisions made that touched {competency}, added up month by month.</source>
        <translation>Cards due and decisions made that touched {competency}, added up month by month.</translation>
    </message>
    <message>
        <source>Days 1–30</source>
        <translation>Days 1–30</translation>
    </message>
    <message>
        <source>Days 31–60</source>
        <translation>Days 31–60</translation>
    </message>
    <message>
        <source>Days 61–90</source>
        <translation>Days 61–90</translation>
    </message>
    <message>
        <source>After day 90</source>
        <translation>After day 90</translation>
    </message>
    <message>
        <source>Gaps longer than planned</source>
        <translation>Gaps longer than planned</translation>
    </message>
    <message>
        <source>{days} days after {day}</source>
        <translation>{days} days after {day}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Stretches between held sessions longer than 1.5 × the planned {interval} days.</source>
        <translation>Stretches between held sessions longer than 1.5 × the planned {interval} days.</translation>
    </message>
    <message>
        <source>Median age of open items</source>
        <translation>Median age of open items</translation>
    </message>
    <message>
        <source>{median:g} days</source>
        <translation>{median:g} days</translation>
    </message>
    <message>
        <source>no open items from held sessions</source>
        <translation>no open items from held sessions</translation>
    </message>
    <message>
        <source>Days since the held session that recorded each open action item; the middle value.</source>
        <translation>Days since the held session that recorded each open action item; the middle value.</translation>
    </message>
    <message>
        <source>Logged per month</source>
        <translation>Logged per month</translation>
    </message>
    <message>
        <source>Decision records dated since the start date, divided by the months of the pairing so far.</source>
        <translation>Decision records dated since the start date, divided by the months of the pairing so far.</translation>
    </message>
    <message>
        <source>Median time to review</source>
        <translation>Median time to review</translation>
    </message>
    <message>
        <source>{wait:.1f} days</source>
        <translation>{wait:.1f} days</translation>
    </message>
    <message>
        <source>no reviews yet</source>
        <translation>no reviews yet</translation>
    </message>
    <message>
        <source>From each submission for review to the first verdict after it; the middle value.</source>
        <translation>From each submission for review to the first verdict after it; the middle value.</translation>
    </message>
    <message>
        <source>Revisit outcomes</source>
        <translation>Revisit outcomes</translation>
    </message>
    <message>
        <source>none revisited yet</source>
        <translation>none revisited yet</translation>
    </message>
    <message>
        <source>; {due} due</source>
        <translation>; {due} due</translation>
    </message>
    <message>
        <source>How revisited decisions turned out, and how many have reached their revisit date.</source>
        <translation>How revisited decisions turned out, and how many have reached their revisit date.</translation>
    </message>
    <message>
        <source>First accepted decision</source>
        <translation>First accepted decision</translation>
    </message>
    <message>
        <source>day {day}</source>
        <translation>day {day}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Days from the start date to the first decision of the mentee&apos;s that was accepted.</source>
        <translation>Days from the start date to the first decision of the mentee&apos;s that was accepted.</translation>
    </message>
    <message>
        <source>Cards done per phase</source>
        <translation>Cards done per phase</translation>
    </message>
    <message>
        <source>{phase}: {done} of {total}</source>
        <translation>{phase}: {done} of {total}</translation>
    </message>
    <message>
        <source>no cards with due dates</source>
        <translation>no cards with due dates</translation>
    </message>
    <message>
        <source>Cards (milestones aside) grouped by the phase their due date falls in, and how many are done.</source>
        <translation>Cards (milestones aside) grouped by the phase their due date falls in, and how many are done.</translation>
    </message>
    <message>
        <source>Most practised</source>
        <translation>Most practised</translation>
    </message>
    <message>
        <source>{competency} ({count})</source>
        <translation>{competency} ({count})</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Cards tagged with a competency plus decisions tagged with its name, counted per competency.</source>
        <translation>Cards tagged with a competency plus decisions tagged with its name, counted per competency.</translation>
    </message>
    <message>
        <source>Rating trend</source>
        <translation>Rating trend</translation>
    </message>
    <message>
        <source>{trend:+.1f} from the earlier to the later sessions</source>
        <translation>{trend:+.1f} from the earlier to the later sessions</translation>
    </message>
    <message>
        <source>Average rating of the later half of rated sessions minus that of the earlier half.</source>
        <translation>Average rating of the later half of rated sessions minus that of the earlier half.</translation>
    </message>
    <message>
        <source>Sessions held per month</source>
        <translation>Sessions held per month</translation>
    </message>
    <message>
        <source>Sessions held in each month since the start; the line is the cadence&apos;s target.</source>
        <translation>Sessions held in each month since the start; the line is the cadence&apos;s target.</translation>
    </message>
    <message>
        <source>Decisions logged per month</source>
        <translation>Decisions logged per month</translation>
    </message>
    <message>
        <source>Decision records by the month of their date.</source>
        <translation>Decision records by the month of their date.</translation>
    </message>
    <message>
        <source>Cards and decisions per competency</source>
        <translation>Cards and decisions per competency</translation>
    </message>
    <message>
        <source>Cards tagged with each competency plus decisions tagged with its name.</source>
        <translation>Cards tagged with each competency plus decisions tagged with its name.</translation>
    </message>
    <message>
        <source>Mentee feedback ratings</source>
        <translation>Mentee feedback ratings</translation>
    </message>
    <message>
        <source>The mentee&apos;s 1–5 rating of each held session, in order.</source>
        <translation>The mentee&apos;s 1–5 rating of each held session, in order.</translation>
    </message>
</context>
<context>
    <name>progress_charts</name>
    <message>
        <source>Target {target:.1f}</source>
        <translation>Target {target:.1f}</translation>
    </message>
    <message>
        <source>each competency</source>
        <translation>each competency</translation>
    </message>
    <message>
        <source>Competencies over time</source>
        <translation>Competencies over time</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>{chart}: nothing recorded in this range.</source>
        <translation>{chart}: nothing recorded in this range.</translation>
    </message>
    <message>
        <source>Progress report: {name}</source>
        <translation>Progress report: {name}</translation>
    </message>
    <message>
        <source>{mentor} mentoring {mentee} · {since} to {until} · started {start}, {cadence} cadence.</source>
        <translation>{mentor} mentoring {mentee} · {since} to {until} · started {start}, {cadence} cadence.</translation>
    </message>
    <message>
        <source>Shared content only</source>
        <translation>Shared content only</translation>
    </message>
    <message>
        <source>: {hidden_count} confidential or private records are left out.</source>
        <translation>: {hidden_count} confidential or private records are left out.</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metrics</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>How it is computed</source>
        <translation>How it is computed</translation>
    </message>
    <message>
        <source>Decisions made</source>
        <translation>Decisions made</translation>
    </message>
    <message>
        <source>No shared decisions are dated in this range.</source>
        <translation>No shared decisions are dated in this range.</translation>
    </message>
    <message>
        <source>; turned out: {outcome}</source>
        <translation>; turned out: {outcome}</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>The plan</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Charts as tables</source>
        <extracomment>Widths of a metrics table&apos;s columns: the name, its value, how it is computed.</extracomment>
        <translation>Charts as tables</translation>
    </message>
    <message>
        <source>could not write {pdf}</source>
        <translation>could not write {pdf}</translation>
    </message>
</context>
<context>
    <name>report_dialog</name>
    <message>
        <source>Export progress report</source>
        <translation>Export progress report</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not written</source>
        <translation>The report was not written</translation>
    </message>
    <message>
        <source>Gathering the figures…</source>
        <translation>Gathering the figures…</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Writing {name}…</translation>
    </message>
    <message>
        <source>Wrote {written}
and {written2}</source>
        <translation>Wrote {written}
and {written2}</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <source>Waiting for your partner&apos;s review.</source>
        <translation>Waiting for your partner&apos;s review.</translation>
    </message>
    <message>
        <source>Awaiting your review: comment, then give a verdict.</source>
        <translation>Awaiting your review: comment, then give a verdict.</translation>
    </message>
    <message>
        <source>Changes requested: revise the record and submit it again.</source>
        <translation>Changes requested: revise the record and submit it again.</translation>
    </message>
    <message>
        <source>You asked for changes.</source>
        <translation>You asked for changes.</translation>
    </message>
    <message>
        <source>Reviewed.</source>
        <translation>Reviewed.</translation>
    </message>
    <message>
        <source>A draft: the author submits it for review when it is ready.</source>
        <translation>A draft: the author submits it for review when it is ready.</translation>
    </message>
    <message>
        <source>A draft, not submitted.</source>
        <translation>A draft, not submitted.</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <source>no pairing named {pairing!r}</source>
        <translation>no pairing named {pairing!r}</translation>
    </message>
</context>
<context>
    <name>sessions</name>
    <message>
        <source>Open action: {text} ({owner})</source>
        <translation>Open action: {text} ({owner})</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <source>a template starts with a front matter block between --- lines</source>
        <translation>a template starts with a front matter block between --- lines</translation>
    </message>
    <message>
        <source>a template needs a name</source>
        <translation>a template needs a name</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>Confidential</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <source>Private to me</source>
        <translation>Private to me</translation>
    </message>
</context>
<context>
    <name>timeline_csv</name>
    <message>
        <source>“{text}” is not a date (write 2019-03-14, 2019-03, 2019-Q3 or 2019)</source>
        <translation>“{text}” is not a date (write 2019-03-14, 2019-03, 2019-Q3 or 2019)</translation>
    </message>
    <message>
        <source>“{text}” is not a kind of event (one of: {kinds})</source>
        <translation>“{text}” is not a kind of event (one of: {kinds})</translation>
    </message>
    <message>
        <source>the {name} column is longer than {MAX_FIELD} characters</source>
        <translation>the {name} column is longer than {MAX_FIELD} characters</translation>
    </message>
    <message>
        <source>“{given}” is not a precision (day, month, quarter or year)</source>
        <translation>“{given}” is not a precision (day, month, quarter or year)</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>the title is empty</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV file</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text; save it from the spreadsheet as “CSV UTF-8”</source>
        <translation>{name} is not UTF-8 text; save it from the spreadsheet as “CSV UTF-8”</translation>
    </message>
    <message>
        <source>{name} has no {missing} column; the header is {header}</source>
        <translation>{name} has no {missing} column; the header is {header}</translation>
    </message>
    <message>
        <source>line {line}: a quote opened here closes only on line {last} (or never), so the lines between were read into this row; check the quotes</source>
        <translation>line {line}: a quote opened here closes only on line {last} (or never), so the lines between were read into this row; check the quotes</translation>
    </message>
    <message>
        <source>line {line}: {error}</source>
        <translation>line {line}: {error}</translation>
    </message>
    <message>
        <source>line {line_num}: {error}; the rest of the file was not read</source>
        <translation>line {line_num}: {error}; the rest of the file was not read</translation>
    </message>
</context>
<context>
    <name>timeline_git</name>
    <message>
        <source>the git command is not installed</source>
        <translation>the git command is not installed</translation>
    </message>
    <message>
        <source>git took longer than {TIMEOUT_SECONDS} s to read {repo}</source>
        <translation>git took longer than {TIMEOUT_SECONDS} s to read {repo}</translation>
    </message>
    <message>
        <source>git failed with exit code {code}</source>
        <translation>git failed with exit code {code}</translation>
    </message>
    <message>
        <source>{repo} is not a folder</source>
        <translation>{repo} is not a folder</translation>
    </message>
    <message>
        <source>{repo} is not a git repository</source>
        <translation>{repo} is not a git repository</translation>
    </message>
    <message>
        <source>Release {name}</source>
        <translation>Release {name}</translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <source>{kind} {record} (not in this log)</source>
        <translation>{kind} {record} (not in this log)</translation>
    </message>
    <message>
        <source> (chosen)</source>
        <translation> (chosen)</translation>
    </message>
    <message>
        <source>Good: {argument}</source>
        <translation>Good: {argument}</translation>
    </message>
    <message>
        <source>Neutral: {argument}</source>
        <translation>Neutral: {argument}</translation>
    </message>
    <message>
        <source>Bad: {argument}</source>
        <translation>Bad: {argument}</translation>
    </message>
    <message>
        <source>Linked records</source>
        <translation>Linked records</translation>
    </message>
    <message>
        <source>by the {role}</source>
        <translation>by the {role}</translation>
    </message>
    <message>
        <source>confidence {confidence}/5</source>
        <translation>confidence {confidence}/5</translation>
    </message>
    <message>
        <source>Supersedes</source>
        <translation>Supersedes</translation>
    </message>
    <message>
        <source>Superseded by</source>
        <translation>Superseded by</translation>
    </message>
    <message>
        <source>Amends</source>
        <translation>Amends</translation>
    </message>
    <message>
        <source>Amended by</source>
        <translation>Amended by</translation>
    </message>
    <message>
        <source> (revisit due)</source>
        <translation> (revisit due)</translation>
    </message>
    <message>
        <source>Revisit on {day}{due}</source>
        <translation>Revisit on {day}{due}</translation>
    </message>
    <message>
        <source>Actual outcome: {label}{when}</source>
        <translation>Actual outcome: {label}{when}</translation>
    </message>
    <message>
        <source>Addendum, {day} by the {author}</source>
        <translation>Addendum, {day} by the {author}</translation>
    </message>
    <message>
        <source>No review comments yet.</source>
        <translation>No review comments yet.</translation>
    </message>
    <message>
        <source> on &lt;i&gt;{section}&lt;/i&gt;</source>
        <translation> on &lt;i&gt;{section}&lt;/i&gt;</translation>
    </message>
    <message>
        <source> &amp;#9670; &lt;b&gt;principle&lt;/b&gt;</source>
        <translation> &amp;#9670; &lt;b&gt;principle&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>&amp;#8627; &lt;b&gt;{author}&lt;/b&gt; replied to the {parent}, {when}</source>
        <translation>&amp;#8627; &lt;b&gt;{author}&lt;/b&gt; replied to the {parent}, {when}</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>No differences.</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Discard the {what}?</source>
        <translation>Discard the {what}?</translation>
    </message>
    <message>
        <source>What you changed in this {what} is not saved. Close it and discard the changes?</source>
        <translation>What you changed in this {what} is not saved. Close it and discard the changes?</translation>
    </message>
</context>
</TS>
