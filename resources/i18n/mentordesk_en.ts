<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</TS>
