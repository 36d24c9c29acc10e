<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>Vainu is limiting how many requests can be made. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Vainu is limiting how many requests can be made. Wait %n second and try again.</numerusform>
            <numerusform>Vainu is limiting how many requests can be made. Wait %n seconds and try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Vainu is temporarily unavailable. Try again in %n second(s).</source>
        <translation>
            <numerusform>Vainu is temporarily unavailable. Try again in %n second.</numerusform>
            <numerusform>Vainu is temporarily unavailable. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusinessIdText</name>
    <message numerus="yes">
        <source>The business ID is too long (%n characters). Business IDs have at most a few dozen characters.</source>
        <translation>
            <numerusform>The business ID is too long (%n character). Business IDs have at most a few dozen characters.</numerusform>
            <numerusform>The business ID is too long (%n characters). Business IDs have at most a few dozen characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyCharts</name>
    <message numerus="yes">
        <source>None of this company&apos;s %n event(s) carries a staff number or a turnover to chart.</source>
        <translation>
            <numerusform>This company&apos;s only event carries no staff number or turnover to chart.</numerusform>
            <numerusform>None of this company&apos;s %n events carries a staff number or a turnover to chart.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyListsPanel</name>
    <message numerus="yes">
        <source>Added %n company(s) to %1.</source>
        <translation>
            <numerusform>Added %n company to %1.</numerusform>
            <numerusform>Added %n companies to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1–%2 of %n company(s)</source>
        <translation>
            <numerusform>%1–%2 of %n company</numerusform>
            <numerusform>%1–%2 of %n companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company(s) were added to %1. These ids were not:</source>
        <translation>
            <numerusform>%n company was added to %1. These ids were not:</numerusform>
            <numerusform>%n companies were added to %1. These ids were not:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message numerus="yes">
        <source>Line %1 has %n field(s); the header has %2.</source>
        <translation>
            <numerusform>Line %1 has %n field; the header has %2.</numerusform>
            <numerusform>Line %1 has %n fields; the header has %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerCsvMapping</name>
    <message numerus="yes">
        <source>The line has %n field(s); the header has %1.</source>
        <translation>
            <numerusform>The line has %n field; the header has %1.</numerusform>
            <numerusform>The line has %n fields; the header has %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersCommand</name>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n record.</numerusform>
            <numerusform>%n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s).</source>
        <translation>
            <numerusform>Exported %n record.</numerusform>
            <numerusform>Exported %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n row(s) (%1, separated by &quot;%2&quot;); mapping: %3</source>
        <translation>
            <numerusform>Read %n row (%1, separated by &quot;%2&quot;); mapping: %3</numerusform>
            <numerusform>Read %n rows (%1, separated by &quot;%2&quot;); mapping: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message numerus="yes">
        <source>Delete %n record(s)? Vainu stops tracking these companies for you:</source>
        <translation>
            <numerusform>Delete %n record? Vainu stops tracking this company for you:</numerusform>
            <numerusform>Delete %n records? Vainu stops tracking these companies for you:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>Exported %n record to %1.</numerusform>
            <numerusform>Exported %n records to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) on this page</source>
        <translation>
            <numerusform>%Ln record on this page</numerusform>
            <numerusform>%Ln records on this page</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1–%L2 of %Ln record(s)</source>
        <translation>
            <numerusform>%L1–%L2 of %Ln record</numerusform>
            <numerusform>%L1–%L2 of %Ln records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventDetailPane</name>
    <message numerus="yes">
        <source>%n fields, as Vainu returns them now.</source>
        <translation>
            <numerusform>%n field, as Vainu returns it now.</numerusform>
            <numerusform>%n fields, as Vainu returns them now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message numerus="yes">
        <source>Received %n times: the later requests were duplicates of the first.</source>
        <translation>
            <numerusform>Received %n time.</numerusform>
            <numerusform>Received %n times: the later requests were duplicates of the first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Vainu needed %n tries to deliver this change.</source>
        <translation>
            <numerusform>Vainu needed %n try to deliver this change.</numerusform>
            <numerusform>Vainu needed %n tries to deliver this change.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsCatchUpCommand</name>
    <message numerus="yes">
        <source>Compared %n companies with Vainu&apos;s current data</source>
        <translation>
            <numerusform>Compared %n company with Vainu&apos;s current data</numerusform>
            <numerusform>Compared %n companies with Vainu&apos;s current data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>found %n changes.</source>
        <translation>
            <numerusform>found %n change.</numerusform>
            <numerusform>found %n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n companies of the history were not in Vainu&apos;s answer (no longer in its data, or their business id changed).</source>
        <translation>
            <numerusform>%n company of the history was not in Vainu&apos;s answer (no longer in its data, or its business id changed).</numerusform>
            <numerusform>%n companies of the history were not in Vainu&apos;s answer (no longer in its data, or their business id changed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n companies are known only by a customer data record, without a business id, and cannot be looked up.</source>
        <translation>
            <numerusform>%n company is known only by a customer data record, without a business id, and cannot be looked up.</numerusform>
            <numerusform>%n companies are known only by a customer data record, without a business id, and cannot be looked up.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsReplayCommand</name>
    <message numerus="yes">
        <source>%n event(s) delivered</source>
        <translation>
            <numerusform>%n event delivered</numerusform>
            <numerusform>%n events delivered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not delivered.</source>
        <translation>
            <numerusform>%n not delivered.</numerusform>
            <numerusform>%n not delivered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForwardResponseText</name>
    <message numerus="yes">
        <source>Gave up after %n tries: %1</source>
        <translation>
            <numerusform>Gave up after %n try: %1</numerusform>
            <numerusform>Gave up after %n tries: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n row(s), %2, separated by &quot;%3&quot;.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n row, %2, separated by &quot;%3&quot;.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n rows, %2, separated by &quot;%3&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) are ready to import.</source>
        <translation>
            <numerusform>The %n row is ready to import.</numerusform>
            <numerusform>All %n rows are ready to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n row(s)</source>
        <translation>
            <numerusform>&amp;Import %n row</numerusform>
            <numerusform>&amp;Import %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are ready; &lt;span style=&apos;color:#c62828&apos;&gt;%1 with problems&lt;/span&gt; will not be sent (listed first below). Fix them in the file and import it again, or import the rest now.</source>
        <translation>
            <numerusform>%n row is ready; &lt;span style=&apos;color:#c62828&apos;&gt;%1 with problems&lt;/span&gt; will not be sent (listed first below). Fix them in the file and import it again, or import the rest now.</numerusform>
            <numerusform>%n rows are ready; &lt;span style=&apos;color:#c62828&apos;&gt;%1 with problems&lt;/span&gt; will not be sent (listed first below). Fix them in the file and import it again, or import the rest now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln minute(s)</source>
        <translation>
            <numerusform>about %Ln minute</numerusform>
            <numerusform>about %Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>about %n second</numerusform>
            <numerusform>about %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %Ln record(s) to Vainu…</source>
        <translation>
            <numerusform>Sending %Ln record to Vainu…</numerusform>
            <numerusform>Sending %Ln records to Vainu…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) did not make it into Vainu. Fix them in the file, or save them as CSV, and import them again:</source>
        <translation>
            <numerusform>%Ln row did not make it into Vainu. Fix it in the file, or save it as CSV, and import it again:</numerusform>
            <numerusform>%Ln rows did not make it into Vainu. Fix them in the file, or save them as CSV, and import them again:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveEventsPage</name>
    <message numerus="yes">
        <source>%n webhook(s) point at this receiver, but none carries its current secret: their deliveries are refused.</source>
        <translation>
            <numerusform>%n webhook points at this receiver, but it does not carry its current secret: its deliveries are refused.</numerusform>
            <numerusform>%n webhooks point at this receiver, but none carries its current secret: their deliveries are refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Subscribed: Vainu now delivers here; %n older webhook(s) deleted.</source>
        <translation>
            <numerusform>Subscribed: Vainu now delivers here; %n older webhook deleted.</numerusform>
            <numerusform>Subscribed: Vainu now delivers here; %n older webhooks deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) match the filter</source>
        <translation>
            <numerusform>%Ln event matches the filter</numerusform>
            <numerusform>%Ln events match the filter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln event(s)…</source>
        <translation>
            <numerusform>Exporting %Ln event…</numerusform>
            <numerusform>Exporting %Ln events…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln event(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln event to %1.</numerusform>
            <numerusform>Exported %Ln events to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stale</source>
        <translation>
            <numerusform>%Ln stale</numerusform>
            <numerusform>%Ln stale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s) not counted</source>
        <translation>
            <numerusform>%Ln duplicate not counted</numerusform>
            <numerusform>%Ln duplicates not counted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiverCheck</name>
    <message numerus="yes">
        <source>no answer within %n seconds</source>
        <translation>
            <numerusform>no answer within %n second</numerusform>
            <numerusform>no answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiverCommand</name>
    <message numerus="yes">
        <source>Not subscribed with the current secret: %n webhook(s) deliver to %1 with another secret; subscribe again.</source>
        <translation>
            <numerusform>Not subscribed with the current secret: %n webhook delivers to %1 with another secret; subscribe again.</numerusform>
            <numerusform>Not subscribed with the current secret: %n webhooks deliver to %1 with another secret; subscribe again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n older webhook(s) that delivered to the same URL.</source>
        <translation>
            <numerusform>Replaced %n older webhook that delivered to the same URL.</numerusform>
            <numerusform>Replaced %n older webhooks that delivered to the same URL.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiverPanel</name>
    <message numerus="yes">
        <source>%Ln companies</source>
        <translation>
            <numerusform>%Ln company</numerusform>
            <numerusform>%Ln companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not in Vainu&apos;s data any more.</source>
        <translation>
            <numerusform>%Ln is not in Vainu&apos;s data any more.</numerusform>
            <numerusform>%Ln are not in Vainu&apos;s data any more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiverSubscription</name>
    <message numerus="yes">
        <source>The old webhook could not be deleted: delete %n webhook(s) with the old secret yourself (id %1) on the Webhooks page.</source>
        <translation>
            <numerusform>The old webhook could not be deleted: delete the webhook with the old secret yourself (id %1) on the Webhooks page.</numerusform>
            <numerusform>The old webhooks could not be deleted: delete %n webhooks with the old secret yourself (id %1) on the Webhooks page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplayDialog</name>
    <message numerus="yes">
        <source>Replaying %n events…</source>
        <translation>
            <numerusform>Replaying %n event…</numerusform>
            <numerusform>Replaying %n events…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>%n delivered</numerusform>
            <numerusform>%n delivered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenVault</name>
    <message numerus="yes">
        <source>it did not answer within %n second(s)</source>
        <translation>
            <numerusform>it did not answer within %n second</numerusform>
            <numerusform>it did not answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message numerus="yes">
        <source>%n company changes arrived, the last one for %1.</source>
        <translation>
            <numerusform>%n company change arrived, for %1.</numerusform>
            <numerusform>%n company changes arrived, the last one for %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TunnelProcess</name>
    <message numerus="yes">
        <source>%1 did not report a public address within %n second(s).</source>
        <translation>
            <numerusform>%1 did not report a public address within %n second.</numerusform>
            <numerusform>%1 did not report a public address within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebhooksPage</name>
    <message numerus="yes">
        <source>Delete these %n webhooks? Vainu stops sending company changes to their addresses:</source>
        <translation>
            <numerusform>Delete this %n webhook? Vainu stops sending company changes to its address:</numerusform>
            <numerusform>Delete these %n webhooks? Vainu stops sending company changes to their addresses:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Addresses copied to the clipboard: %n.</source>
        <translation>
            <numerusform>Addresses copied to the clipboard: %n.</numerusform>
            <numerusform>Addresses copied to the clipboard: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Webhooks: %n</source>
        <translation>
            <numerusform>Webhooks: %n</numerusform>
            <numerusform>Webhooks: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Webhooks: %n, matching the filter: %1</source>
        <translation>
            <numerusform>Webhooks: %n, matching the filter: %1</numerusform>
            <numerusform>Webhooks: %n, matching the filter: %1</numerusform>
        </translation>
    </message>
</context>
</TS>
