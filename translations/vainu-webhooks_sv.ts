<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Vainu Webhooks</source>
        <translation>Om Vainu Webhooks</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Om %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Configure Vainu webhooks, keep the companies Vainu tracks for you, and watch company changes arrive live, with nothing lost.</source>
        <translation>Konfigurera Vainus webhookar, hantera företagen som Vainu bevakar åt dig och se företagsändringar komma in live, utan att något går förlorat.</translation>
    </message>
    <message>
        <source>Free software under the &lt;a href=&quot;%1&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt;.</source>
        <translation>Fri programvara under &lt;a href=&quot;%1&quot;&gt;GNU General Public License, version 3 eller senare&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Byggd med Qt %1, körs på Qt %2.</translation>
    </message>
</context>
<context>
    <name>AddCompaniesDialog</name>
    <message>
        <source>Paste business ids, separated by spaces, commas or line breaks:</source>
        <translation>Klistra in organisationsnummer, åtskilda med mellanslag, kommatecken eller radbrytningar:</translation>
    </message>
    <message>
        <source>Add companies to %1</source>
        <translation>Lägg till företag i %1</translation>
    </message>
    <message>
        <source>Correct or remove them below, then choose OK to add them.</source>
        <translation>Rätta eller ta bort dem nedan och välj sedan OK för att lägga till dem.</translation>
    </message>
</context>
<context>
    <name>AddWebhookDialog</name>
    <message>
        <source>Add webhook</source>
        <translation>Lägg till webhook</translation>
    </message>
    <message>
        <source>Vainu sends every change of the companies you track to this address, as an HTTP POST with a JSON body.</source>
        <translation>Vainu skickar varje ändring av företagen du bevakar till den här adressen, som en HTTP POST med JSON-innehåll.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <source>https://crm.example.com/vainu-webhook</source>
        <translation>https://crm.example.com/vainu-webhook</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Webhookens adress</translation>
    </message>
    <message>
        <source>Address check</source>
        <translation>Adresskontroll</translation>
    </message>
    <message>
        <source>Vainu&apos;s objection to the address</source>
        <translation>Vainus invändning mot adressen</translation>
    </message>
    <message>
        <source>&amp;Query parameters:</source>
        <translation>&amp;Frågeparametrar:</translation>
    </message>
    <message>
        <source>Optional. Vainu adds them to the address of every delivery; a secret token lets your receiver tell Vainu&apos;s deliveries from anyone else&apos;s.</source>
        <translation>Valfritt. Vainu lägger till dem i adressen för varje leverans; med en hemlig token kan din mottagare skilja Vainus leveranser från andras.</translation>
    </message>
    <message>
        <source>Query parameters</source>
        <translation>Frågeparametrar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Add &amp;parameter</source>
        <translation>Lägg till &amp;parameter</translation>
    </message>
    <message>
        <source>Add a query parameter</source>
        <translation>Lägg till en frågeparameter</translation>
    </message>
    <message>
        <source>&amp;Generate secret</source>
        <translation>&amp;Skapa hemlighet</translation>
    </message>
    <message>
        <source>Generate a secret token parameter</source>
        <translation>Skapa en parameter med hemlig token</translation>
    </message>
    <message>
        <source>Adds a random 192-bit token parameter, or replaces the existing one</source>
        <translation>Lägger till en slumpmässig 192-bitars tokenparameter, eller ersätter den befintliga</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>Remove the selected query parameter</source>
        <translation>Ta bort den valda frågeparametern</translation>
    </message>
    <message>
        <source>Vainu&apos;s objection to the query</source>
        <translation>Vainus invändning mot frågan</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Webhook type</source>
        <translation>Webhooktyp</translation>
    </message>
    <message>
        <source>Vainu&apos;s objection to the type</source>
        <translation>Vainus invändning mot typen</translation>
    </message>
    <message>
        <source>Deliveries go to:</source>
        <translation>Leveranserna går till:</translation>
    </message>
    <message>
        <source>Delivery address preview</source>
        <translation>Förhandsvisning av leveransadressen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Adding the webhook</source>
        <translation>Lägger till webhooken</translation>
    </message>
    <message>
        <source>&amp;Add webhook</source>
        <translation>&amp;Lägg till webhook</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Every value needs a parameter name.</source>
        <translation>Varje värde behöver ett parameternamn.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Vainu&apos;s answer did not arrive. Checking whether the webhook was created…</source>
        <translation>Vainus svar kom inte fram. Kontrollerar om webhooken skapades…</translation>
    </message>
    <message>
        <source>%1
The webhook was not created, so it is safe to try again.</source>
        <translation>%1
Webhooken skapades inte, så det är säkert att försöka igen.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Vainu did not accept the request (HTTP %1). Check the values you entered.</source>
        <translation>Vainu godtog inte begäran (HTTP %1). Kontrollera värdena du angav.</translation>
    </message>
    <message>
        <source>API access is not enabled for this Vainu user. Ask Vainu support or your Vainu administrator to enable it.</source>
        <translation>API-åtkomst är inte aktiverad för den här Vainu-användaren. Be Vainus support eller din Vainu-administratör att aktivera den.</translation>
    </message>
    <message numerus="yes">
        <source>Vainu is limiting how many requests can be made. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Vainu begränsar hur många förfrågningar som kan göras. Vänta %n sekund och försök igen.</numerusform>
            <numerusform>Vainu begränsar hur många förfrågningar som kan göras. Vänta %n sekunder och försök igen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vainu is limiting how many requests can be made. Wait a moment and try again.</source>
        <translation>Vainu begränsar hur många förfrågningar som kan göras. Vänta en stund och försök igen.</translation>
    </message>
    <message>
        <source>Vainu had a problem handling the request (HTTP %1). Try again later.</source>
        <translation>Vainu fick problem med att hantera begäran (HTTP %1). Försök igen senare.</translation>
    </message>
    <message numerus="yes">
        <source>Vainu is temporarily unavailable. Try again in %n second(s).</source>
        <translation>
            <numerusform>Vainu är tillfälligt otillgängligt. Försök igen om %n sekund.</numerusform>
            <numerusform>Vainu är tillfälligt otillgängligt. Försök igen om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vainu is temporarily unavailable. Try again later.</source>
        <translation>Vainu är tillfälligt otillgängligt. Försök igen senare.</translation>
    </message>
    <message>
        <source>Vainu did not answer in time. Check the network connection and try again.</source>
        <translation>Vainu svarade inte i tid. Kontrollera nätverksanslutningen och försök igen.</translation>
    </message>
    <message>
        <source>Vainu&apos;s answer was too large to handle. Ask for fewer items at a time.</source>
        <translation>Vainus svar var för stort att hantera. Be om färre objekt åt gången.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Begäran avbröts.</translation>
    </message>
    <message>
        <source>Vainu said: %1</source>
        <translation>Vainu svarade: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Vainu refused the API key. Check the API key field.</source>
        <translation>Vainu avvisade API-nyckeln. Kontrollera fältet API-nyckel.</translation>
    </message>
    <message>
        <source>Vainu refused the API key. Check the key in File &gt; Settings.</source>
        <translation>Vainu avvisade API-nyckeln. Kontrollera nyckeln under Arkiv &gt; Inställningar.</translation>
    </message>
    <message>
        <source>Vainu could not find what was asked for. Check the Server field.</source>
        <translation>Vainu hittade inte det som efterfrågades. Kontrollera fältet Server.</translation>
    </message>
    <message>
        <source>Vainu could not find what was asked for: it may have been deleted already, or the server in File &gt; Settings may be wrong. Refresh and try again.</source>
        <translation>Vainu hittade inte det som efterfrågades: det kan redan ha tagits bort, eller så kan servern under Arkiv &gt; Inställningar vara fel. Uppdatera och försök igen.</translation>
    </message>
    <message>
        <source>Cannot reach the Vainu server. Check the network connection and the Server field.</source>
        <translation>Det går inte att nå Vainus server. Kontrollera nätverksanslutningen och fältet Server.</translation>
    </message>
    <message>
        <source>Cannot reach the Vainu server. Check the network connection and the server in File &gt; Settings.</source>
        <translation>Det går inte att nå Vainus server. Kontrollera nätverksanslutningen och servern under Arkiv &gt; Inställningar.</translation>
    </message>
    <message>
        <source>The secure connection to the Vainu server failed. Check the Server field and the system&apos;s date and certificates.</source>
        <translation>Den säkra anslutningen till Vainus server misslyckades. Kontrollera fältet Server samt systemets datum och certifikat.</translation>
    </message>
    <message>
        <source>The secure connection to the Vainu server failed. Check the server in File &gt; Settings and the system&apos;s date and certificates.</source>
        <translation>Den säkra anslutningen till Vainus server misslyckades. Kontrollera servern under Arkiv &gt; Inställningar samt systemets datum och certifikat.</translation>
    </message>
    <message>
        <source>Vainu sent an answer this application cannot read. Check the Server field; if it is right, try again later.</source>
        <translation>Vainu skickade ett svar som programmet inte kan läsa. Kontrollera fältet Server; om det stämmer, försök igen senare.</translation>
    </message>
    <message>
        <source>Vainu sent an answer this application cannot read. Check the server in File &gt; Settings; if it is right, try again later.</source>
        <translation>Vainu skickade ett svar som programmet inte kan läsa. Kontrollera servern under Arkiv &gt; Inställningar; om den stämmer, försök igen senare.</translation>
    </message>
</context>
<context>
    <name>ApiKeyEdit</name>
    <message>
        <source>Hide key</source>
        <translation>Dölj nyckel</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Visa nyckel</translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation>Dölj nyckeln</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Visa nyckeln</translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <source>No profile could be loaded or created. %1</source>
        <translation>Ingen profil kunde läsas in eller skapas. %1</translation>
    </message>
</context>
<context>
    <name>AppWindow</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>&amp;Sandbox</source>
        <translation>&amp;Sandlåda</translation>
    </message>
    <message>
        <source>&amp;Reset the sandbox…</source>
        <translation>&amp;Återställ sandlådan…</translation>
    </message>
    <message>
        <source>Start the built-in sandbox over with its demo data</source>
        <translation>Börja om den inbyggda sandlådan med dess demodata</translation>
    </message>
    <message>
        <source>The sandbox started over with its demo data.</source>
        <translation>Sandlådan började om med sina demodata.</translation>
    </message>
    <message>
        <source>Reset the sandbox?</source>
        <translation>Återställa sandlådan?</translation>
    </message>
    <message>
        <source>The built-in sandbox goes back to its demo data: the customer data you imported, the company lists and the webhooks you made on it are deleted. The events you received stay in Live events.</source>
        <translation>Den inbyggda sandlådan går tillbaka till sina demodata: kunddata du importerat samt företagslistor och webhooks du skapat i den tas bort. Händelserna du tagit emot finns kvar i Live-händelser.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Reading the key for &quot;%1&quot; from the keychain…</source>
        <translation>Läser nyckeln för ”%1” från nyckelringen…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Inställningar…</translation>
    </message>
    <message>
        <source>No API key yet</source>
        <translation>Ingen API-nyckel ännu</translation>
    </message>
    <message>
        <source>Nothing is loaded from Vainu for the profile &quot;%1&quot; until its API key is saved. Enter the key of your Vainu account: this page loads as soon as you save it.</source>
        <translation>Inget hämtas från Vainu för profilen ”%1” förrän dess API-nyckel har sparats. Ange nyckeln för ditt Vainu-konto: sidan laddas så snart du sparar den.</translation>
    </message>
    <message>
        <source>No API key is saved for the profile &quot;%1&quot; yet.</source>
        <translation>Ingen API-nyckel har sparats för profilen ”%1” än.</translation>
    </message>
    <message>
        <source>The API key could not be read</source>
        <translation>API-nyckeln kunde inte läsas</translation>
    </message>
    <message>
        <source>Enter the key…</source>
        <translation>Ange nyckeln…</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start</source>
        <translation>Den inbyggda sandlådan kunde inte starta</translation>
    </message>
    <message>
        <source>%1

Nothing is loaded for the profile &quot;%2&quot; until the sandbox runs. Fix the cause and press Retry, or choose another profile in the Profile list above.</source>
        <translation>%1

Inget läses in för profilen ”%2” förrän sandlådan körs. Åtgärda orsaken och tryck på Försök igen, eller välj en annan profil i profillistan ovan.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Sandbox not running</source>
        <translation>Sandlådan körs inte</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>Den inbyggda sandlådan kunde inte starta: %1</translation>
    </message>
    <message>
        <source>Tried again: the built-in sandbox still could not start.</source>
        <translation>Försökte igen: den inbyggda sandlådan kunde fortfarande inte starta.</translation>
    </message>
    <message>
        <source>Welcome! You are using the built-in sandbox: a stand-in for Vainu on this computer, with demo data, so every feature works right away. When you are ready, connect your own Vainu account.</source>
        <translation>Välkommen! Du använder den inbyggda sandlådan: en ersättare för Vainu på den här datorn, med demodata, så att alla funktioner fungerar direkt. När du är redo kan du ansluta ditt eget Vainu-konto.</translation>
    </message>
    <message>
        <source>Connect your Vainu account…</source>
        <translation>Anslut ditt Vainu-konto…</translation>
    </message>
    <message>
        <source>&amp;Show Vainu Webhooks</source>
        <translation>&amp;Visa Vainu Webhooks</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Receiving on %1</source>
        <translation>Tar emot på %1</translation>
    </message>
    <message>
        <source>Receiver stopped</source>
        <translation>Mottagaren är stoppad</translation>
    </message>
    <message>
        <source>Still receiving</source>
        <translation>Tar fortfarande emot</translation>
    </message>
    <message>
        <source>Vainu Webhooks keeps receiving in the system tray. To stop it, choose Quit in the tray icon&apos;s menu. File &gt; Settings changes what closing the window does.</source>
        <translation>Vainu Webhooks fortsätter att ta emot i systemfältet. Avsluta genom att välja Avsluta i ikonens meny. Arkiv &gt; Inställningar ändrar vad det gör att stänga fönstret.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so the window is minimised instead of closed and the receiver keeps running. To stop it, choose File &gt; Quit.</source>
        <translation>Det här skrivbordet har inget systemfält, så fönstret minimeras i stället för att stängas och mottagaren fortsätter att köra. Avsluta med Arkiv &gt; Avsluta.</translation>
    </message>
    <message>
        <source>File &gt; Settings changes what closing the window does.</source>
        <translation>Arkiv &gt; Inställningar ändrar vad det gör att stänga fönstret.</translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message>
        <source>Deleting… %1 of %2</source>
        <translation>Tar bort… %1 av %2</translation>
    </message>
    <message>
        <source>Removing… %1 of %2</source>
        <translation>Tar bort från listan… %1 av %2</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1 borttagna</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 borttagna från listan</translation>
    </message>
    <message>
        <source>%1 already gone</source>
        <translation>%1 fanns inte längre</translation>
    </message>
    <message>
        <source>%1 not deleted</source>
        <translation>%1 inte borttagna</translation>
    </message>
    <message>
        <source>%1 not removed</source>
        <translation>%1 inte borttagna från listan</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Not deleted: %1
%2</source>
        <translation>Inte borttagen: %1
%2</translation>
    </message>
    <message>
        <source>Not removed: %1
%2</source>
        <translation>Inte borttagen från listan: %1
%2</translation>
    </message>
    <message>
        <source>Already gone: %1</source>
        <translation>Redan borta: %1</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Borttagen: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Borttagen från listan: %1</translation>
    </message>
    <message>
        <source>%1 of %2 could not be deleted. The list below says why; the page now shows what Vainu has.</source>
        <translation>%1 av %2 kunde inte tas bort. Listan nedan säger varför; sidan visar nu det som finns i Vainu.</translation>
    </message>
    <message>
        <source>%1 of %2 could not be removed. The list below says why; the page now shows what Vainu has.</source>
        <translation>%1 av %2 kunde inte tas bort från listan. Listan nedan säger varför; sidan visar nu det som finns i Vainu.</translation>
    </message>
</context>
<context>
    <name>BusinessIdText</name>
    <message>
        <source>The check digit of %1 is wrong: it should be %2.</source>
        <translation>Kontrollsiffran i %1 är fel: den borde vara %2.</translation>
    </message>
    <message>
        <source>%1 is not a Finnish business ID (Y-tunnus): it should be seven digits, a hyphen and a check digit, like 2822996-6.</source>
        <translation>%1 är inte ett finskt FO-nummer (Y-tunnus): det ska ha sju siffror, ett bindestreck och en kontrollsiffra, till exempel 2822996-6.</translation>
    </message>
    <message>
        <source>%1 cannot be a Finnish business ID: no check digit fits its first seven digits.</source>
        <translation>%1 kan inte vara ett finskt FO-nummer: ingen kontrollsiffra passar dess första sju siffror.</translation>
    </message>
    <message>
        <source>%1 is not a Swedish organisation number: it should have ten digits, like 556677-8899.</source>
        <translation>%1 är inte ett svenskt organisationsnummer: det ska ha tio siffror, till exempel 556677-8899.</translation>
    </message>
    <message>
        <source>%1 is not a Norwegian organisation number: it should have nine digits, like 918443525.</source>
        <translation>%1 är inte ett norskt organisationsnummer: det ska ha nio siffror, till exempel 918443525.</translation>
    </message>
    <message>
        <source>%1 cannot be a Norwegian organisation number: no check digit fits its first eight digits.</source>
        <translation>%1 kan inte vara ett norskt organisationsnummer: ingen kontrollsiffra passar dess första åtta siffror.</translation>
    </message>
    <message>
        <source>%1 is not a Danish CVR number: it should have eight digits, like 10150817.</source>
        <translation>%1 är inte ett danskt CVR-nummer: det ska ha åtta siffror, till exempel 10150817.</translation>
    </message>
    <message>
        <source>%1 cannot be a Danish CVR number: no last digit makes its digits pass the check.</source>
        <translation>%1 kan inte vara ett danskt CVR-nummer: ingen sista siffra får siffrorna att klara kontrollen.</translation>
    </message>
    <message>
        <source>%1 is valid both as a Finnish and as a Danish business ID. Choose the country.</source>
        <translation>%1 är giltigt både som finskt och som danskt organisationsnummer. Välj land.</translation>
    </message>
    <message>
        <source>%1 is neither a valid Finnish business ID nor a valid Danish CVR number. Check the number, or choose the country to see why.</source>
        <translation>%1 är varken ett giltigt finskt FO-nummer eller ett giltigt danskt CVR-nummer. Kontrollera numret, eller välj land för att se varför.</translation>
    </message>
    <message>
        <source>Cannot tell which country the business ID %1 is from. Choose the country, or write the ID with its country code, like NO918443525.</source>
        <translation>Det går inte att avgöra vilket land organisationsnumret %1 kommer från. Välj land, eller skriv numret med landskod, till exempel NO918443525.</translation>
    </message>
    <message numerus="yes">
        <source>The business ID is too long (%n characters). Business IDs have at most a few dozen characters.</source>
        <translation>
            <numerusform>Organisationsnumret är för långt (%n tecken). Organisationsnummer har högst några dussin tecken.</numerusform>
            <numerusform>Organisationsnumret är för långt (%n tecken). Organisationsnummer har högst några dussin tecken.</numerusform>
        </translation>
    </message>
    <message>
        <source>The business ID is empty.</source>
        <translation>Organisationsnumret är tomt.</translation>
    </message>
    <message>
        <source>Business IDs from the country %1 cannot be checked. Supported countries: %2.</source>
        <translation>Organisationsnummer från landet %1 kan inte kontrolleras. Länder som stöds: %2.</translation>
    </message>
    <message>
        <source>%1 contains &quot;%2&quot;, which does not belong in a business ID. Use digits, and a hyphen where the country uses one.</source>
        <translation>%1 innehåller ”%2”, som inte hör hemma i ett organisationsnummer. Använd siffror, och bindestreck där landet använder ett.</translation>
    </message>
    <message>
        <source>%1 has no digits.</source>
        <translation>%1 innehåller inga siffror.</translation>
    </message>
</context>
<context>
    <name>CatchUp</name>
    <message>
        <source>The event history is not open.</source>
        <translation>Händelsehistoriken är inte öppen.</translation>
    </message>
    <message>
        <source>The event history was closed before the changes could be recorded.</source>
        <translation>Händelsehistoriken stängdes innan ändringarna kunde sparas.</translation>
    </message>
</context>
<context>
    <name>CatchUpChanges</name>
    <message>
        <source>Cannot create a temporary file in &quot;%1&quot;: %2. Free some disk space and try again.</source>
        <translation>Det går inte att skapa en temporär fil i ”%1”: %2. Frigör diskutrymme och försök igen.</translation>
    </message>
    <message>
        <source>Cannot write the changes found to a temporary file: %1. Free some disk space and try again.</source>
        <translation>Det går inte att skriva de funna ändringarna till en temporär fil: %1. Frigör diskutrymme och försök igen.</translation>
    </message>
    <message>
        <source>it is not open</source>
        <translation>den är inte öppen</translation>
    </message>
    <message>
        <source>Cannot read the changes found from &quot;%1&quot;: %2.</source>
        <translation>Det går inte att läsa de funna ändringarna från ”%1”: %2.</translation>
    </message>
    <message>
        <source>The file of changes found, &quot;%1&quot;, is damaged.</source>
        <translation>Filen med funna ändringar, ”%1”, är skadad.</translation>
    </message>
</context>
<context>
    <name>CatchUpWorker</name>
    <message>
        <source>The event history could not be read: %1</source>
        <translation>Händelsehistoriken kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>The changes found could not be recorded: %1</source>
        <translation>De funna ändringarna kunde inte sparas: %1</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>The image could not be encoded.</source>
        <translation>Bilden kunde inte kodas.</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>&amp;Kopiera diagram</translation>
    </message>
    <message>
        <source>&amp;Save Chart As…</source>
        <translation>&amp;Spara diagram som…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-ritning (*.svg)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Spara diagram</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>diagram</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation>Diagrammet kunde inte sparas i %1.</translation>
    </message>
</context>
<context>
    <name>CliConnection</name>
    <message>
        <source>The base URL &quot;%1&quot; is not usable: give an absolute http(s) URL such as https://api.vainu.io/api/v2/.</source>
        <translation>Bas-URL:en ”%1” kan inte användas: ange en absolut http(s)-URL, till exempel https://api.vainu.io/api/v2/.</translation>
    </message>
    <message>
        <source>No API key: set the environment variable %1 when using --base-url.</source>
        <translation>Ingen API-nyckel: ange miljövariabeln %1 när du använder --base-url.</translation>
    </message>
    <message>
        <source>No profile is set up yet. Start the app once, or use --base-url URL with the key in %1.</source>
        <translation>Ingen profil har konfigurerats än. Starta appen en gång, eller använd --base-url URL med nyckeln i %1.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;; no profiles are set up yet.</source>
        <translation>Det finns ingen profil med namnet ”%1”; inga profiler har konfigurerats än.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. Profiles: %2.</source>
        <translation>Det finns ingen profil med namnet ”%1”. Profiler: %2.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; uses the built-in sandbox, which runs only inside the app. Start vainu-sandbox and use --base-url with its address instead.</source>
        <translation>Profilen ”%1” använder den inbyggda sandlådan, som bara körs i appen. Starta vainu-sandbox och använd --base-url med dess adress i stället.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no API key yet. Enter it in the app&apos;s Settings, or set %2.</source>
        <translation>Profilen ”%1” har ingen API-nyckel än. Ange den i appens Inställningar, eller ange %2.</translation>
    </message>
    <message>
        <source>The API key of the profile &quot;%1&quot; could not be read from the keychain: %2 Set %3 instead.</source>
        <translation>API-nyckeln för profilen ”%1” kunde inte läsas från nyckelringen: %2 Ange %3 i stället.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Unknown option: %1</source>
        <translation>Okänd flagga: %1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Okänt kommando: %1</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for the commands and options.</source>
        <translation>Kör &quot;%1 --help&quot; för kommandon och flaggor.</translation>
    </message>
    <message>
        <source>Usage: %1 [COMMAND] [OPTIONS]

Without a command, opens the window (on the built-in sandbox until an account is set up).

Commands:
  webhooks list|add|delete     the webhook configurations of the account
  customers list|import|export the customer data Vainu tracks for you
  events export                the received events as JSON Lines or CSV
  events catch-up              find the changes missed while the receiver was not running
  events replay --to URL       send stored events to a URL again, as Vainu sent them
  events stats --by WHAT       count the stored events by day, hour, changed field, region,
                               company or origin
  receiver check|status|subscribe  prove that Vainu reaches the receiver&apos;s public URL, show
                               its state, register it as a webhook
  --headless                   the receiver and the event store, without a window

Options:
  -h, --help                   this help; &quot;%1 COMMAND --help&quot; for a command&apos;s own
  -v, --version                the version
  --minimized                  open the window hidden in the system tray (minimised without a
                               tray), with the receiver on

The commands use the active profile, or --profile NAME, or --base-url URL with the key in
VAINU_API_KEY. Exit codes: 0 success, 1 an API, network or storage error, 2 a usage error.
</source>
        <translation>Användning: %1 [KOMMANDO] [FLAGGOR]

Utan kommando öppnas fönstret (med den inbyggda sandlådan tills ett konto har konfigurerats).

Kommandon:
  webhooks list|add|delete     kontots webhookkonfigurationer
  customers list|import|export kunddata som Vainu bevakar åt dig
  events export                de mottagna händelserna som JSON Lines eller CSV
  events catch-up              hitta ändringar som missades medan mottagaren inte var igång
  events replay --to URL       skicka lagrade händelser igen till en URL, som Vainu skickade dem
  events stats --by VAD        räkna de lagrade händelserna per dag, timme, ändrat fält,
                               region, företag eller ursprung
  receiver check|status|subscribe  kontrollera att Vainu når mottagarens publika URL, visa
                               dess tillstånd, registrera den som webhook
  --headless                   mottagaren och händelselagret, utan fönster

Flaggor:
  -h, --help                   den här hjälpen; ”%1 KOMMANDO --help” för ett kommandos egen
  -v, --version                versionen
  --minimized                  öppna fönstret dolt i systemfältet (minimerat om systemfält
                               saknas), med mottagaren på

Kommandona använder den aktiva profilen, eller --profile NAMN, eller --base-url URL med nyckeln i
VAINU_API_KEY. Slutkoder: 0 lyckades, 1 API-, nätverks- eller lagringsfel, 2 användningsfel.
</translation>
    </message>
</context>
<context>
    <name>CompanyCharts</name>
    <message>
        <source>Staff and turnover over time</source>
        <translation>Personal och omsättning över tid</translation>
    </message>
    <message>
        <source>Select an event to chart its company&apos;s staff and turnover.</source>
        <translation>Välj en händelse för att se företagets personal och omsättning i ett diagram.</translation>
    </message>
    <message>
        <source>%1 bn€</source>
        <comment>turnover in thousands of millions of euros</comment>
        <translation>%1 md €</translation>
    </message>
    <message>
        <source>%1 M€</source>
        <comment>turnover in millions of euros</comment>
        <translation>%1 M€</translation>
    </message>
    <message>
        <source>%1 k€</source>
        <comment>turnover in thousands of euros</comment>
        <translation>%1 k€</translation>
    </message>
    <message>
        <source>%1 €</source>
        <comment>turnover in euros</comment>
        <translation>%1 €</translation>
    </message>
    <message>
        <source>This event is in no company&apos;s history.</source>
        <translation>Den här händelsen hör inte till något företags historik.</translation>
    </message>
    <message>
        <source>Only one event of this company so far: its chart starts with the second.</source>
        <translation>Företaget har bara en händelse än så länge: diagrammet börjar med den andra.</translation>
    </message>
    <message numerus="yes">
        <source>None of this company&apos;s %n event(s) carries a staff number or a turnover to chart.</source>
        <translation>
            <numerusform>Företagets enda händelse har varken antal anställda eller omsättning att visa.</numerusform>
            <numerusform>Ingen av företagets %n händelser har antal anställda eller omsättning att visa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Statusändring</translation>
    </message>
    <message>
        <source>%1 · status %2 → %3</source>
        <translation>%1 · status %2 → %3</translation>
    </message>
    <message>
        <source>Point at a mark for its date and value; click it to select that event.</source>
        <translation>Peka på en markering för att se datum och värde; klicka för att välja händelsen.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Omsättning</translation>
    </message>
    <message>
        <source>%1 · staff %2</source>
        <translation>%1 · personal %2</translation>
    </message>
    <message>
        <source>%1 · turnover %2</source>
        <translation>%1 · omsättning %2</translation>
    </message>
</context>
<context>
    <name>CompanyHistoryView</name>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Every event of this company, as a list</source>
        <translation>Alla företagets händelser som en lista</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>This company&apos;s staff and turnover over time, with its status changes</source>
        <translation>Företagets personal och omsättning över tid, med statusändringar</translation>
    </message>
</context>
<context>
    <name>CompanyListModel</name>
    <message>
        <source>A static list: you choose its companies.</source>
        <translation>En statisk lista: du väljer dess företag.</translation>
    </message>
    <message>
        <source>A dynamic list: a saved search in Vainu. Its companies follow the search, so they cannot be changed here.</source>
        <translation>En dynamisk lista: en sparad sökning i Vainu. Dess företag följer sökningen, så de kan inte ändras här.</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (standard)</translation>
    </message>
    <message>
        <source>Static</source>
        <translation>Statisk</translation>
    </message>
    <message>
        <source>Dynamic</source>
        <translation>Dynamisk</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Sort</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
</context>
<context>
    <name>CompanyListsPanel</name>
    <message>
        <source>&lt;b&gt;Company lists&lt;/b&gt;</source>
        <translation>&lt;b&gt;Företagslistor&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;New list…</source>
        <translation>&amp;Ny lista…</translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation>Ta bort lista</translation>
    </message>
    <message>
        <source>This is a dynamic list: a saved search in Vainu. Its companies follow the search, so they can only be changed by editing the search in Vainu.</source>
        <translation>Det här är en dynamisk lista: en sparad sökning i Vainu. Dess företag följer sökningen, så de kan bara ändras genom att redigera sökningen i Vainu.</translation>
    </message>
    <message>
        <source>&amp;Add companies…</source>
        <translation>&amp;Lägg till företag…</translation>
    </message>
    <message>
        <source>Paste business ids, as many as you like</source>
        <translation>Klistra in organisationsnummer, så många du vill</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Previous companies</source>
        <translation>Föregående företag</translation>
    </message>
    <message>
        <source>Next companies</source>
        <translation>Nästa företag</translation>
    </message>
    <message>
        <source>The company lists could not be loaded.</source>
        <translation>Företagslistorna kunde inte läsas in.</translation>
    </message>
    <message>
        <source>The companies of the list could not be loaded.</source>
        <translation>Listans företag kunde inte läsas in.</translation>
    </message>
    <message>
        <source>New company list</source>
        <translation>Ny företagslista</translation>
    </message>
    <message>
        <source>Name of the static list:</source>
        <translation>Namn på den statiska listan:</translation>
    </message>
    <message>
        <source>The list was not created.</source>
        <translation>Listan skapades inte.</translation>
    </message>
    <message>
        <source>Created the list %1.</source>
        <translation>Listan %1 skapades.</translation>
    </message>
    <message>
        <source>Delete company list</source>
        <translation>Ta bort företagslista</translation>
    </message>
    <message>
        <source>Delete the list %1? The companies themselves stay in Vainu.</source>
        <translation>Ta bort listan %1? Själva företagen finns kvar i Vainu.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message numerus="yes">
        <source>Added %n company(s) to %1.</source>
        <translation>
            <numerusform>%n företag lades till i %1.</numerusform>
            <numerusform>%n företag lades till i %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1–%2 of %n company(s)</source>
        <translation>
            <numerusform>%1–%2 av %n företag</numerusform>
            <numerusform>%1–%2 av %n företag</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove companies from %1</source>
        <translation>Ta bort företag från %1</translation>
    </message>
    <message>
        <source>No company was added.</source>
        <translation>Inget företag lades till.</translation>
    </message>
    <message>
        <source>Vainu does not know the business id %1.</source>
        <translation>Vainu känner inte till organisationsnumret %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n company(s) were added to %1. These ids were not:</source>
        <translation>
            <numerusform>%n företag lades till i %1. Dessa nummer lades inte till:</numerusform>
            <numerusform>%n företag lades till i %1. Dessa nummer lades inte till:</numerusform>
        </translation>
    </message>
    <message>
        <source>No company was added to %1. These ids were not accepted:</source>
        <translation>Inget företag lades till i %1. Dessa nummer godtogs inte:</translation>
    </message>
</context>
<context>
    <name>CompanyTableModel</name>
    <message>
        <source>Business id</source>
        <translation>Org.nr</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domän</translation>
    </message>
</context>
<context>
    <name>CompanyTimeline</name>
    <message>
        <source>Company timeline</source>
        <translation>Företagets tidslinje</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Ankom</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Ändrade fält</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Försök</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flaggor</translation>
    </message>
    <message>
        <source>(first seen)</source>
        <translation>(första gången)</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>dubblett</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>inaktuell</translation>
    </message>
</context>
<context>
    <name>ConnectionGuard</name>
    <message>
        <source>The request head is larger than %1 bytes.</source>
        <translation>Begärans huvud är större än %1 byte.</translation>
    </message>
    <message>
        <source>Malformed request: %1.</source>
        <translation>Felaktig begäran: %1.</translation>
    </message>
    <message>
        <source>The request did not arrive completely within %1 ms.</source>
        <translation>Begäran kom inte fram helt inom %1 ms.</translation>
    </message>
    <message>
        <source>More than %1 requests on this connection are waiting for their answers.</source>
        <translation>Fler än %1 begäranden på den här anslutningen väntar på sina svar.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Connected. The key works; the account has no webhooks yet, so its user name is not known.</source>
        <translation>Ansluten. Nyckeln fungerar; kontot har inga webhookar än, så dess användarnamn är inte känt.</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>Ansluten som %1.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: a quote inside an unquoted field was kept as text.</source>
        <translation>Rad %1: ett citattecken inuti ett fält utan citattecken behölls som text.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Kolumn %1</translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 is never closed: the file may be cut short. Check the end of the file.</source>
        <translation>Fältet med citattecken som börjar på rad %1 avslutas aldrig: filen kan vara avkortad. Kontrollera slutet av filen.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2. Check that the file exists and that you may read it.</source>
        <translation>Det går inte att öppna %1: %2. Kontrollera att filen finns och att du får läsa den.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB. Split it into smaller files.</source>
        <translation>%1 är större än %2 MB. Dela upp den i mindre filer.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Det går inte att läsa %1: %2.</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header line and no rows.</source>
        <translation>%1 är tom: den har ingen rubrikrad och inga rader.</translation>
    </message>
    <message numerus="yes">
        <source>Line %1 has %n field(s); the header has %2.</source>
        <translation>
            <numerusform>Rad %1 har %n fält; rubrikraden har %2.</numerusform>
            <numerusform>Rad %1 har %n fält; rubrikraden har %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerCsvMapping</name>
    <message>
        <source>Cannot read the mapping &quot;%1&quot;: write field=column, where field is one of %2 and column is a header name or a column number.</source>
        <translation>Det går inte att läsa mappningen ”%1”: skriv fält=kolumn, där fält är något av %2 och kolumn är ett rubriknamn eller ett kolumnnummer.</translation>
    </message>
    <message>
        <source>The mapping names the column &quot;%1&quot;, but the file has no such column. Its columns are: %2.</source>
        <translation>Mappningen nämner kolumnen ”%1”, men filen har ingen sådan kolumn. Dess kolumner är: %2.</translation>
    </message>
    <message>
        <source>Choose the column that holds the unique id (your CRM&apos;s own id for each company).</source>
        <translation>Välj kolumnen med det unika id:t (ditt CRM:s eget id för varje företag).</translation>
    </message>
    <message>
        <source>Choose the column with the company name or the business id: Vainu matches on them.</source>
        <translation>Välj kolumnen med företagsnamnet eller organisationsnumret: Vainu matchar på dem.</translation>
    </message>
    <message>
        <source>The unique id &quot;%1&quot; is already on line %2; each id may appear once.</source>
        <translation>Det unika id:t ”%1” finns redan på rad %2; varje id får bara förekomma en gång.</translation>
    </message>
    <message numerus="yes">
        <source>The line has %n field(s); the header has %1.</source>
        <translation>
            <numerusform>Raden har %n fält; rubrikraden har %1.</numerusform>
            <numerusform>Raden har %n fält; rubrikraden har %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>not set</source>
        <translation>inte angiven</translation>
    </message>
    <message>
        <source>Edit customer record</source>
        <translation>Redigera kundpost</translation>
    </message>
    <message>
        <source>Add customer record</source>
        <translation>Lägg till kundpost</translation>
    </message>
    <message>
        <source>Your CRM&apos;s id for this company</source>
        <translation>Ditt CRM:s id för det här företaget</translation>
    </message>
    <message>
        <source>&amp;Unique id:</source>
        <translation>&amp;Unikt id:</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>Företags&amp;namn:</translation>
    </message>
    <message>
        <source>2822996-6, 25578642 or NO918443525</source>
        <translation>2822996-6, 25578642 eller NO918443525</translation>
    </message>
    <message>
        <source>&amp;Business id:</source>
        <translation>&amp;Organisationsnummer:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>owner@example.com</source>
        <translation>agare@example.com</translation>
    </message>
    <message>
        <source>&amp;Owner email:</source>
        <translation>Ä&amp;garens e-post:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Vunna</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Förlorade</translation>
    </message>
    <message>
        <source>Deals:</source>
        <translation>Affärer:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>A&amp;nteckningar:</translation>
    </message>
    <message>
        <source>Vainu did not save the record. %1</source>
        <translation>Vainu sparade inte posten. %1</translation>
    </message>
    <message>
        <source>The unique id is this record&apos;s key in Vainu and cannot be changed. To use another id, add a new record and delete this one.</source>
        <translation>Det unika id:t är postens nyckel i Vainu och kan inte ändras. Vill du använda ett annat id, lägg till en ny post och ta bort den här.</translation>
    </message>
</context>
<context>
    <name>CustomerFields</name>
    <message>
        <source>Unique id</source>
        <translation>Unikt id</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Företagsnamn</translation>
    </message>
    <message>
        <source>Business id</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Owner email</source>
        <translation>Ägarens e-post</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Öppna affärer</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>Vunna affärer</translation>
    </message>
    <message>
        <source>Lost deals</source>
        <translation>Förlorade affärer</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Senast uppdaterad</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorera)</translation>
    </message>
    <message>
        <source>The unique id is missing. Every record needs its own id from your CRM.</source>
        <translation>Det unika id:t saknas. Varje post behöver ett eget id från ditt CRM.</translation>
    </message>
    <message>
        <source>The unique id is longer than %1 characters.</source>
        <translation>Det unika id:t är längre än %1 tecken.</translation>
    </message>
    <message>
        <source>The unique id may not contain &quot;/&quot;.</source>
        <translation>Det unika id:t får inte innehålla ”/”.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address (expected name@example.com).</source>
        <translation>”%1” är ingen e-postadress (förväntade namn@example.com).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code. Use the two-letter ISO code, such as FI, SE, NO or DK.</source>
        <translation>”%1” är ingen landskod. Använd den tvåbokstaviga ISO-koden, till exempel FI, SE, NO eller DK.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of zero or more.</source>
        <translation>”%1” är inte ett heltal som är noll eller större.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Use 2024-05-31 or 31.5.2024.</source>
        <translation>”%1” är inget datum. Använd 2024-05-31 eller 31.5.2024.</translation>
    </message>
    <message>
        <source>Give a company name or a business id: Vainu needs one of them to find the company.</source>
        <translation>Ange ett företagsnamn eller ett organisationsnummer: Vainu behöver ett av dem för att hitta företaget.</translation>
    </message>
</context>
<context>
    <name>CustomerImportReport</name>
    <message>
        <source>Not sent: the import was cancelled.</source>
        <translation>Inte skickad: importen avbröts.</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Inte skickad.</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 failed, %4 not valid, %5 not sent</source>
        <translation>%1 skapade, %2 uppdaterade, %3 misslyckades, %4 ogiltiga, %5 inte skickade</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Inte skickad</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Uppdaterad</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckades</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>Ogiltig</translation>
    </message>
</context>
<context>
    <name>CustomerImporter</name>
    <message>
        <source>Exists already in Vainu; not updated because the import was cancelled.</source>
        <translation>Finns redan i Vainu; uppdaterades inte eftersom importen avbröts.</translation>
    </message>
    <message>
        <source>Exists already in Vainu, and the update failed: %1</source>
        <translation>Finns redan i Vainu, och uppdateringen misslyckades: %1</translation>
    </message>
    <message>
        <source>Vainu did not store the record and gave no reason.</source>
        <translation>Vainu sparade inte posten och angav inget skäl.</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>Matched</source>
        <translation>Matchad</translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation>Inte matchad</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
    <message>
        <source>Vainu found the company (%1, %2). Changes to it are sent to your webhooks.</source>
        <translation>Vainu hittade företaget (%1, %2). Ändringar i det skickas till dina webhookar.</translation>
    </message>
    <message>
        <source>Vainu found no company for this record, so no changes are sent for it. Check the business id and the country, or the exact company name.</source>
        <translation>Vainu hittade inget företag för den här posten, så inga ändringar skickas för den. Kontrollera organisationsnumret och landet, eller det exakta företagsnamnet.</translation>
    </message>
    <message>
        <source>Vainu has not matched this record yet. Matching can take a while; refresh later.</source>
        <translation>Vainu har inte matchat den här posten än. Matchningen kan ta en stund; uppdatera senare.</translation>
    </message>
    <message>
        <source>Vainu did not say whether it matched this record.</source>
        <translation>Vainu angav inte om posten matchades.</translation>
    </message>
    <message>
        <source>%1 open, %2 won, %3 lost</source>
        <translation>%1 öppna, %2 vunna, %3 förlorade</translation>
    </message>
    <message>
        <source>Unique id</source>
        <translation>Unikt id</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Business id</source>
        <translation>Org.nr</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Affärer</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Uppdaterad</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Matchning</translation>
    </message>
</context>
<context>
    <name>CustomersCommand</name>
    <message>
        <source>Lists, imports and exports the customer data (tracked companies) of a Vainu account.

Commands:
  customers list [--json]                    every record with its match status
  customers import FILE.csv [--mapping M]    create or update records from a CSV file
  customers export [--output FILE.csv]       every record as CSV (stdout by default)

import reads comma, semicolon or tab separated files in UTF-8 or ISO-8859-1. Columns are found by
their header; --mapping names them: field=column,... where field is one of %1 and column a header
or a column number. Rows with problems are not sent; a record that exists is updated. The report
lists every row that was not stored; --failures FILE.csv saves them to fix and import again.

The account is the active profile, or --profile NAME, or --base-url URL with the API key in the
environment variable %2.

Exit codes: 0 success, 1 API or network error or a row not stored, 2 usage error.</source>
        <translation>Listar, importerar och exporterar kunddata (bevakade företag) för ett Vainu-konto.

Kommandon:
  customers list [--json]                    alla poster med matchningsstatus
  customers import FIL.csv [--mapping M]     skapa eller uppdatera poster från en CSV-fil
  customers export [--output FIL.csv]        alla poster som CSV (standard är stdout)

import läser filer åtskilda med kommatecken, semikolon eller tabb, i UTF-8 eller ISO-8859-1.
Kolumner hittas via rubriken; --mapping namnger dem: fält=kolumn,... där fält är något av %1
och kolumn en rubrik eller ett kolumnnummer. Rader med problem skickas inte; en befintlig post
uppdateras. Rapporten listar varje rad som inte sparades; --failures FIL.csv sparar dem så att
de kan rättas och importeras igen.

Kontot är den aktiva profilen, eller --profile NAMN, eller --base-url URL med API-nyckeln i
miljövariabeln %2.

Slutkoder: 0 lyckades, 1 API- eller nätverksfel eller en rad som inte sparades, 2 användningsfel.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Visa den här hjälpen.</translation>
    </message>
    <message>
        <source>list, import: print JSON.</source>
        <translation>list, import: skriv ut JSON.</translation>
    </message>
    <message>
        <source>import: which column is which field.</source>
        <translation>import: vilken kolumn som är vilket fält.</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>import: save the rows not stored here.</source>
        <translation>import: spara raderna som inte sparades här.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>export: write to this file.</source>
        <translation>export: skriv till den här filen.</translation>
    </message>
    <message>
        <source>import: records per request (1-1000, default 250).</source>
        <translation>import: poster per begäran (1–1000, standard 250).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Use the profile with this name.</source>
        <translation>Använd profilen med det här namnet.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMN</translation>
    </message>
    <message>
        <source>Use this API address.</source>
        <translation>Använd den här API-adressen.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The command group.</source>
        <translation>Kommandogruppen.</translation>
    </message>
    <message>
        <source>list, import or export.</source>
        <translation>list, import eller export.</translation>
    </message>
    <message>
        <source>Run &quot;%1 customers --help&quot; for help.</source>
        <translation>Kör ”%1 customers --help” för hjälp.</translation>
    </message>
    <message>
        <source>Name a command: list, import or export.</source>
        <translation>Ange ett kommando: list, import eller export.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: use list, import or export.</source>
        <translation>Okänt kommando ”%1”: använd list, import eller export.</translation>
    </message>
    <message>
        <source>import takes exactly one CSV file.</source>
        <translation>import tar exakt en CSV-fil.</translation>
    </message>
    <message>
        <source>%1 takes no arguments.</source>
        <translation>%1 tar inga argument.</translation>
    </message>
    <message>
        <source>Use either --profile or --base-url, not both.</source>
        <translation>Använd antingen --profile eller --base-url, inte båda.</translation>
    </message>
    <message>
        <source>--batch-size must be a number from 1 to %1.</source>
        <translation>--batch-size måste vara ett tal från 1 till %1.</translation>
    </message>
    <message>
        <source>%1 Columns found: %2. Name them with --mapping, e.g. --mapping unique_id=Id.</source>
        <translation>%1 Hittade kolumner: %2. Namnge dem med --mapping, t.ex. --mapping unique_id=Id.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n post.</numerusform>
            <numerusform>%n poster.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Det går inte att skriva %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s).</source>
        <translation>
            <numerusform>%n post exporterades.</numerusform>
            <numerusform>%n poster exporterades.</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1 (%2): %3: %4</source>
        <translation>rad %1 (%2): %3: %4</translation>
    </message>
    <message numerus="yes">
        <source>Read %n row(s) (%1, separated by &quot;%2&quot;); mapping: %3</source>
        <translation>
            <numerusform>Läste %n rad (%1, åtskild med ”%2”); mappning: %3</numerusform>
            <numerusform>Läste %n rader (%1, åtskilda med ”%2”); mappning: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>No customer data yet</source>
        <translation>Ingen kunddata än</translation>
    </message>
    <message>
        <source>Customer data tells Vainu which companies you follow: usually the accounts of your CRM. Vainu matches each record to a company and sends its changes to your webhooks. Import a CSV export of your CRM, or add records one by one.</source>
        <translation>Kunddata talar om för Vainu vilka företag du följer: vanligen kunderna i ditt CRM. Vainu matchar varje post mot ett företag och skickar dess ändringar till dina webhookar. Importera en CSV-export från ditt CRM, eller lägg till poster en i taget.</translation>
    </message>
    <message>
        <source>Import from CSV…</source>
        <translation>Importera från CSV…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation>Redigera den valda posten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Delete the selected records (Del)</source>
        <translation>Ta bort de valda posterna (Del)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importera CSV…</translation>
    </message>
    <message>
        <source>Import customer records from a CSV file (or drop the file on this page)</source>
        <translation>Importera kundposter från en CSV-fil (eller släpp filen på den här sidan)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Exportera CSV…</translation>
    </message>
    <message>
        <source>Save the rows shown, or the selected ones, as a CSV file</source>
        <translation>Spara de visade raderna, eller de valda, som en CSV-fil</translation>
    </message>
    <message>
        <source>Show &amp;events</source>
        <translation>Visa &amp;händelser</translation>
    </message>
    <message>
        <source>Show the company changes Vainu sent for the selected company</source>
        <translation>Visa de företagsändringar som Vainu skickat för det valda företaget</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Load this page again from Vainu (F5)</source>
        <translation>Läs in den här sidan igen från Vainu (F5)</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Search this page</source>
        <translation>Sök på den här sidan</translation>
    </message>
    <message>
        <source>Shows the rows of this page that contain every word you type. Vainu&apos;s API has no search, so choose a bigger page size to search more rows at once.</source>
        <translation>Visar raderna på den här sidan som innehåller alla ord du skriver. Vainus API har ingen sökning, så välj en större sidstorlek för att söka i fler rader samtidigt.</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Föregående</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Nästa ▶</translation>
    </message>
    <message>
        <source>%1 per page</source>
        <translation>%1 per sida</translation>
    </message>
    <message>
        <source>The customer data could not be loaded. %1</source>
        <translation>Kunddata kunde inte läsas in. %1</translation>
    </message>
    <message>
        <source>Saved the record %1.</source>
        <translation>Posten %1 sparades.</translation>
    </message>
    <message>
        <source>Delete customer records</source>
        <translation>Ta bort kundposter</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)? Vainu stops tracking these companies for you:</source>
        <translation>
            <numerusform>Ta bort %n post? Vainu slutar bevaka det här företaget åt dig:</numerusform>
            <numerusform>Ta bort %n poster? Vainu slutar bevaka de här företagen åt dig:</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Export customer data</source>
        <translation>Exportera kunddata</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>Det går inte att skriva %1: %2. Välj en annan mapp.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>%n post exporterades till %1.</numerusform>
            <numerusform>%n poster exporterades till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>No record on this page matches</source>
        <translation>Ingen post på den här sidan matchar</translation>
    </message>
    <message>
        <source>The search and the status filter apply to the records of this page only. Clear them, or look on the other pages.</source>
        <translation>Sökningen och statusfiltret gäller bara posterna på den här sidan. Rensa dem, eller titta på de andra sidorna.</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Rensa filtret</translation>
    </message>
    <message>
        <source>No records</source>
        <translation>Inga poster</translation>
    </message>
    <message>
        <source>The record %1 could not be opened. %2</source>
        <translation>Posten %1 kunde inte öppnas. %2</translation>
    </message>
    <message>
        <source>Customer data actions</source>
        <translation>Åtgärder för kunddata</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Fler åtgärder</translation>
    </message>
    <message>
        <source>Filter by match status</source>
        <translation>Filtrera efter matchningsstatus</translation>
    </message>
    <message>
        <source>Add a customer record (%1)</source>
        <translation>Lägg till en kundpost (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) on this page</source>
        <translation>
            <numerusform>%Ln post på den här sidan</numerusform>
            <numerusform>%Ln poster på den här sidan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1–%L2 of %Ln record(s)</source>
        <translation>
            <numerusform>%L1–%L2 av %Ln post</numerusform>
            <numerusform>%L1–%L2 av %Ln poster</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveryReading</name>
    <message>
        <source>%1: %2 read as %3</source>
        <translation>%1: %2 lästes som %3</translation>
    </message>
    <message>
        <source>the body is %1, not an object</source>
        <translation>innehållet är %1, inte ett objekt</translation>
    </message>
    <message>
        <source>there is no &quot;data&quot; object</source>
        <translation>det finns inget &quot;data&quot;-objekt</translation>
    </message>
    <message>
        <source>&quot;data&quot; is %1, not an object</source>
        <translation>&quot;data&quot; är %1, inte ett objekt</translation>
    </message>
    <message>
        <source>there is no &quot;unique_id&quot;</source>
        <translation>&quot;unique_id&quot; saknas</translation>
    </message>
    <message>
        <source>&quot;unique_id&quot; is empty</source>
        <translation>&quot;unique_id&quot; är tomt</translation>
    </message>
    <message>
        <source>&quot;unique_id&quot; is %1, not a text or a number</source>
        <translation>&quot;unique_id&quot; är %1, varken text eller tal</translation>
    </message>
</context>
<context>
    <name>EditAndSendDialog</name>
    <message>
        <source>Edit and send</source>
        <translation>Redigera och skicka</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>Skicka &amp;till:</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Skicka</translation>
    </message>
    <message>
        <source>Answer body</source>
        <translation>Svarets brödtext</translation>
    </message>
    <message>
        <source>Event %1 as it arrived. Change it and send it: to this app&apos;s receiver it is stored as a test delivery, to a forward target it goes as a replay.</source>
        <translation>Händelse %1 som den kom. Ändra och skicka den: den här appens mottagare sparar den som testleverans, till ett vidarebefordringsmål går den som omsändning.</translation>
    </message>
    <message>
        <source>The answer shows here after Send.</source>
        <translation>Svaret visas här efter Skicka.</translation>
    </message>
    <message>
        <source>Not a JSON object or array.</source>
        <translation>Inte ett JSON-objekt eller en JSON-array.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Rad %1, kolumn %2: %3</translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation>Giltig JSON.</translation>
    </message>
    <message>
        <source>Not valid JSON. %1</source>
        <translation>Inte giltig JSON. %1</translation>
    </message>
    <message>
        <source>Nothing was sent: no event store is open.</source>
        <translation>Inget skickades: ingen händelselagring är öppen.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Skickar…</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Inget skickades: %1</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Försök igen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Dismiss the error</source>
        <translation>Stäng felmeddelandet</translation>
    </message>
</context>
<context>
    <name>EventDetailPane</name>
    <message>
        <source>&amp;Fetch full company</source>
        <translation>&amp;Hämta hela företaget</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Kopiera som c&amp;URL</translation>
    </message>
    <message>
        <source>Ask Vainu for every field of this company (Get Companies)</source>
        <translation>Be Vainu om alla fält för det här företaget (Get Companies)</translation>
    </message>
    <message>
        <source>Request / header</source>
        <translation>Begäran / huvud</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>Raw body</source>
        <translation>Rå brödtext</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Select an event to see what changed.</source>
        <translation>Välj en händelse för att se vad som ändrades.</translation>
    </message>
    <message>
        <source>Event %1 is not in the store.</source>
        <translation>Händelse %1 finns inte i lagret.</translation>
    </message>
    <message>
        <source> · &lt;i&gt;stale&lt;/i&gt;</source>
        <translation> · &lt;i&gt;inaktuell&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Begäran %1</translation>
    </message>
    <message>
        <source>%1 from %2, number_of_tries %3</source>
        <translation>%1 från %2, number_of_tries %3</translation>
    </message>
    <message>
        <source>Fetch the full company to see every field Vainu has for it.</source>
        <translation>Hämta hela företaget för att se alla fält som Vainu har för det.</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Hämtar %1…</translation>
    </message>
    <message>
        <source>Could not fetch the company: %1</source>
        <translation>Företaget kunde inte hämtas: %1</translation>
    </message>
    <message>
        <source>Vainu has no company with business id %1.</source>
        <translation>Vainu har inget företag med organisationsnummer %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n fields, as Vainu returns them now.</source>
        <translation>
            <numerusform>%n fält, som Vainu returnerar det nu.</numerusform>
            <numerusform>%n fält, som Vainu returnerar dem nu.</numerusform>
        </translation>
    </message>
    <message>
        <source>A curl command that replays event %1 is on the clipboard (it holds the receiver&apos;s secret).</source>
        <translation>Ett curl-kommando som spelar upp händelse %1 igen finns i urklipp (det innehåller mottagarens hemlighet).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) · event %3 · arrived %4 · tries: %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) · händelse %3 · ankom %4 · försök: %5</translation>
    </message>
    <message>
        <source> · received %1 times</source>
        <translation> · mottagen %1 gånger</translation>
    </message>
    <message>
        <source>Customer &amp;record</source>
        <translation>Kund&amp;post</translation>
    </message>
    <message>
        <source>Open the customer data record that makes Vainu track this company</source>
        <translation>Öppna kundposten som gör att Vainu bevakar det här företaget</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unrecognised delivery&lt;/b&gt; · event %1 · arrived %2&lt;br&gt;Kept as received; it could not be read as a company change: %3</source>
        <translation>&lt;b&gt;Okänd leverans&lt;/b&gt; · händelse %1 · anlände %2&lt;br&gt;Sparad som den kom; den kunde inte läsas som en företagsändring: %3</translation>
    </message>
    <message>
        <source>Read leniently: %1</source>
        <translation>Läst tillåtande: %1</translation>
    </message>
    <message>
        <source>Found by catching up with Vainu&apos;s data (%1): not delivered while the receiver was stopped. The payload is what the delivery would have carried.</source>
        <translation>Hittad genom ikapp-körning mot Vainus data (%1): inte levererad medan mottagaren var stoppad. Innehållet är det som leveransen skulle ha haft.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test delivery&lt;/b&gt; · event %1 · arrived %2&lt;br&gt;Posted by this app to its public URL to check that deliveries reach the receiver; not part of any company&apos;s history.</source>
        <translation>&lt;b&gt;Testleverans&lt;/b&gt; · händelse %1 · ankom %2&lt;br&gt;Skickad av den här appen till dess publika URL för att kontrollera att leveranser når mottagaren; ingår inte i något företags historik.</translation>
    </message>
    <message>
        <source>&amp;Edit and send…</source>
        <translation>&amp;Redigera och skicka…</translation>
    </message>
    <message>
        <source>Change this event&apos;s payload and send it to the receiver or a forward target</source>
        <translation>Ändra händelsens innehåll och skicka det till mottagaren eller ett vidarebefordringsmål</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>The target&apos;s answer</source>
        <translation>Målets svar</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Begäran</translation>
    </message>
    <message>
        <source>Forwarding</source>
        <translation>Vidarebefordring</translation>
    </message>
    <message>
        <source>Shell</source>
        <translation>Skal</translation>
    </message>
    <message>
        <source>POSIX shell (bash, zsh)</source>
        <translation>POSIX-skal (bash, zsh)</translation>
    </message>
    <message>
        <source>PowerShell</source>
        <translation>PowerShell</translation>
    </message>
    <message>
        <source>Windows cmd</source>
        <translation>Windows cmd</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Skicka till</translation>
    </message>
    <message>
        <source>the receiver</source>
        <translation>mottagaren</translation>
    </message>
    <message>
        <source>Copy a curl command for %1 that sends this delivery to %2</source>
        <translation>Kopiera ett curl-kommando för %1 som skickar leveransen till %2</translation>
    </message>
    <message>
        <source>A curl command that forwards event %1 to the target is on the clipboard.</source>
        <translation>Ett curl-kommando som vidarebefordrar händelse %1 till målet finns i urklipp.</translation>
    </message>
    <message>
        <source>Target %1 (removed)</source>
        <translation>Mål %1 (borttaget)</translation>
    </message>
    <message>
        <source>Not forwarded: no target was on for it, or its filter left it out.</source>
        <translation>Inte vidarebefordrad: inget mål var på för den, eller filtret uteslöt den.</translation>
    </message>
    <message>
        <source>No forward targets. Add one in the Forwarding tab of this page.</source>
        <translation>Inga vidarebefordringsmål. Lägg till ett på fliken Vidarebefordring på den här sidan.</translation>
    </message>
    <message>
        <source>Not sent: the target is off.</source>
        <translation>Inte skickad: målet är avstängt.</translation>
    </message>
    <message>
        <source>Not sent: the target is paused. Resume it in the Forwarding tab of this page.</source>
        <translation>Inte skickad: målet är pausat. Återuppta det på fliken Vidarebefordring på den här sidan.</translation>
    </message>
</context>
<context>
    <name>EventFileExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Det går inte att skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>EventRejectedModel</name>
    <message>
        <source>unknown</source>
        <translation>okänd</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Ankom</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Sökväg</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Body size</source>
        <translation>Storlek på innehåll</translation>
    </message>
    <message>
        <source>Kept body (%1, as received):
%2</source>
        <translation>Sparat innehåll (%1, som det kom):
%2</translation>
    </message>
    <message>
        <source>Only the newest %1 refused requests are kept, and of the bodies kept with them at most %2 together; older ones are dropped first.</source>
        <translation>Endast de %1 senaste avvisade förfrågningarna sparas, och av deras innehåll högst %2 sammanlagt; de äldsta tas bort först.</translation>
    </message>
    <message>
        <source>Kept body</source>
        <translation>Sparat innehåll</translation>
    </message>
</context>
<context>
    <name>EventStore</name>
    <message>
        <source>Cannot create the data folder &quot;%1&quot;. Check that the path is writable or choose another folder with --data-dir.</source>
        <translation>Det går inte att skapa datamappen ”%1”. Kontrollera att sökvägen är skrivbar eller välj en annan mapp med --data-dir.</translation>
    </message>
    <message>
        <source>The event store is not open.</source>
        <translation>Händelselagret är inte öppet.</translation>
    </message>
    <message>
        <source>Cannot read the event database %1.</source>
        <translation>Det går inte att läsa händelsedatabasen %1.</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message numerus="yes">
        <source>Received %n times: the later requests were duplicates of the first.</source>
        <translation>
            <numerusform>Mottagen %n gång.</numerusform>
            <numerusform>Mottagen %n gånger: de senare förfrågningarna var dubbletter av den första.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Vainu needed %n tries to deliver this change.</source>
        <translation>
            <numerusform>Vainu behövde %n försök för att leverera den här ändringen.</numerusform>
            <numerusform>Vainu behövde %n försök för att leverera den här ändringen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stale: a newer change of this company had arrived already, so this one did not update the company&apos;s known state.</source>
        <translation>Inaktuell: en nyare ändring av det här företaget hade redan kommit, så den här uppdaterade inte företagets kända tillstånd.</translation>
    </message>
    <message>
        <source>(first seen)</source>
        <translation>(första gången)</translation>
    </message>
    <message>
        <source>(no change)</source>
        <translation>(ingen ändring)</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>dubblett</translation>
    </message>
    <message>
        <source>retry</source>
        <translation>nytt försök</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>inaktuell</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Ankom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Business id</source>
        <translation>Org.nr</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Ändrade fält</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Försök</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottagna</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flaggor</translation>
    </message>
    <message>
        <source>(not a company change: %1)</source>
        <translation>(ingen företagsändring: %1)</translation>
    </message>
    <message>
        <source>unrecognised</source>
        <translation>okänd</translation>
    </message>
    <message>
        <source>Unrecognised delivery: the body is JSON but could not be read as a company change (%1). It was kept as received; its raw body is in the details and in the export.</source>
        <translation>Okänd leverans: innehållet är JSON men kunde inte läsas som en företagsändring (%1). Den sparades som den kom; dess råa innehåll finns i detaljerna och i exporten.</translation>
    </message>
    <message>
        <source>catch-up</source>
        <translation>ikapp</translation>
    </message>
    <message>
        <source>Found by catching up: the receiver was not running when this change happened, so it was found by comparing the company&apos;s last known state with Vainu&apos;s current data.</source>
        <translation>Hittad genom ikapp-körning: mottagaren var inte igång när ändringen skedde, så den hittades genom att jämföra företagets senast kända tillstånd med Vainus aktuella data.</translation>
    </message>
    <message>
        <source>(test delivery)</source>
        <translation>(testleverans)</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>A test delivery: the app posted it to its own public URL to check that deliveries reach this receiver. It is not part of any company&apos;s history and not exported.</source>
        <translation>En testleverans: appen skickade den till sin egen publika URL för att kontrollera att leveranser når den här mottagaren. Den ingår inte i något företags historik och exporteras inte.</translation>
    </message>
</context>
<context>
    <name>EventWriter</name>
    <message>
        <source>The event store is closed.</source>
        <translation>Händelselagret är stängt.</translation>
    </message>
    <message>
        <source>The event database could not be prepared.</source>
        <translation>Händelsedatabasen kunde inte förberedas.</translation>
    </message>
    <message>
        <source>Not sent: an earlier event of this company failed.</source>
        <translation>Inte skickad: en tidigare händelse för det här företaget misslyckades.</translation>
    </message>
</context>
<context>
    <name>EventsCatchUpCommand</name>
    <message numerus="yes">
        <source>Compared %n companies with Vainu&apos;s current data</source>
        <translation>
            <numerusform>Jämförde %n företag med Vainus aktuella data</numerusform>
            <numerusform>Jämförde %n företag med Vainus aktuella data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>found %n changes.</source>
        <translation>
            <numerusform>hittade %n ändring.</numerusform>
            <numerusform>hittade %n ändringar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finds the changes missed while the receiver was not running: compares every company the event history knows with Vainu&apos;s current data (Get Companies) and records each difference as an event with origin &quot;catch-up&quot;.</source>
        <translation>Hittar ändringar som missades medan mottagaren inte var igång: jämför varje företag som händelsehistoriken känner till med Vainus aktuella data (Get Companies) och sparar varje skillnad som en händelse med ursprunget ”catch-up”.</translation>
    </message>
    <message>
        <source>The events command.</source>
        <translation>Kommandot events.</translation>
    </message>
    <message>
        <source>Catch up on the changes missed.</source>
        <translation>Kom ikapp med de missade ändringarna.</translation>
    </message>
    <message>
        <source>Use this profile&apos;s account and event history (default: the active one).</source>
        <translation>Använd den här profilens konto och händelsehistorik (standard: den aktiva).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>Talk to this API base URL, with the key in VAINU_API_KEY (needs --data-dir).</source>
        <translation>Använd den här API-basadressen, med nyckeln i VAINU_API_KEY (kräver --data-dir).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Folder of the event database (default: the profile&apos;s own folder).</source>
        <translation>Mapp för händelsedatabasen (standard: profilens egen mapp).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>mapp</translation>
    </message>
    <message>
        <source>Print the result as JSON: {&quot;compared&quot;: N, &quot;changed&quot;: M}.</source>
        <translation>Skriv ut resultatet som JSON: {&quot;compared&quot;: N, &quot;changed&quot;: M}.</translation>
    </message>
    <message>
        <source>events catch-up takes no arguments besides its options; got &quot;%1&quot;.</source>
        <translation>events catch-up tar inga argument utöver sina flaggor; fick ”%1”.</translation>
    </message>
    <message>
        <source>Use either --profile or --base-url, not both.</source>
        <translation>Använd antingen --profile eller --base-url, inte båda.</translation>
    </message>
    <message>
        <source>With --base-url, say which event history to compare with --data-dir DIR.</source>
        <translation>Med --base-url, ange vilken händelsehistorik som ska jämföras med --data-dir MAPP.</translation>
    </message>
    <message>
        <source>No event database in &quot;%1&quot;: there is nothing to catch up on yet. Run the receiver first, or point --data-dir at its folder.</source>
        <translation>Ingen händelsedatabas i ”%1”: det finns inget att komma ikapp med ännu. Kör mottagaren först, eller peka --data-dir på dess mapp.</translation>
    </message>
    <message>
        <source>Catching up failed; nothing was recorded. %1</source>
        <translation>Ikapp-körningen misslyckades; inget sparades. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n companies of the history were not in Vainu&apos;s answer (no longer in its data, or their business id changed).</source>
        <translation>
            <numerusform>%n företag i historiken fanns inte i Vainus svar (finns inte längre i dess data, eller organisationsnumret har ändrats).</numerusform>
            <numerusform>%n företag i historiken fanns inte i Vainus svar (finns inte längre i dess data, eller organisationsnumret har ändrats).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n companies are known only by a customer data record, without a business id, and cannot be looked up.</source>
        <translation>
            <numerusform>%n företag är känt bara genom en kunddatapost, utan organisationsnummer, och kan inte slås upp.</numerusform>
            <numerusform>%n företag är kända bara genom en kunddatapost, utan organisationsnummer, och kan inte slås upp.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsExportCommand</name>
    <message>
        <source>Writes the stored events to standard output.</source>
        <translation>Skriver de lagrade händelserna till standard ut.</translation>
    </message>
    <message>
        <source>The events command.</source>
        <translation>Kommandot events.</translation>
    </message>
    <message>
        <source>Export the stored events.</source>
        <translation>Exportera de lagrade händelserna.</translation>
    </message>
    <message>
        <source>Output format: jsonl or csv.</source>
        <translation>Utdataformat: jsonl eller csv.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Only events that first arrived at or after this ISO 8601 time or date.</source>
        <translation>Endast händelser som först kom vid eller efter denna ISO 8601-tid eller -dag.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tid</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>mapp</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use jsonl or csv.</source>
        <translation>Okänt format ”%1”: använd jsonl eller csv.</translation>
    </message>
    <message>
        <source>--since must be an ISO 8601 time or date, such as 2024-05-01 or 2024-05-01T12:00:00Z, not &quot;%1&quot;.</source>
        <translation>--since måste vara en ISO 8601-tid eller ett datum, till exempel 2024-05-01 eller 2024-05-01T12:00:00Z, inte ”%1”.</translation>
    </message>
    <message>
        <source>No event database in &quot;%1&quot;. Run the receiver first, or point --data-dir at its folder.</source>
        <translation>Ingen händelsedatabas i ”%1”. Kör mottagaren först, eller peka --data-dir på dess mapp.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Det går inte att skriva till standard ut.</translation>
    </message>
    <message>
        <source>Writing to standard output failed.</source>
        <translation>Skrivningen till standard ut misslyckades.</translation>
    </message>
    <message>
        <source>Folder of the event database (default: the profile&apos;s own folder).</source>
        <translation>Mapp för händelsedatabasen (standard: profilens egen mapp).</translation>
    </message>
    <message>
        <source>Use this profile&apos;s event history (default: the active one).</source>
        <translation>Använd den här profilens händelsehistorik (standard: den aktiva).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>Also export the test deliveries (&quot;receiver check&quot;, &quot;Test the public URL&quot;).</source>
        <translation>Exportera även testleveranserna (”receiver check”, ”Testa den publika URL:en”).</translation>
    </message>
    <message>
        <source>Unknown events command &quot;%1&quot;. Use: events export --format jsonl|csv [--since TIME] [--data-dir DIR], events catch-up, events replay --to URL or events stats --by WHAT</source>
        <translation>Okänt events-kommando ”%1”. Använd: events export --format jsonl|csv [--since TID] [--data-dir MAPP], events catch-up, events replay --to URL eller events stats --by VAD</translation>
    </message>
</context>
<context>
    <name>EventsReplayCommand</name>
    <message>
        <source>Sends stored events to a URL as Vainu sent them: the same body and Content-Type, one after another.</source>
        <translation>Skickar lagrade händelser till en URL som Vainu skickade dem: samma brödtext och Content-Type, en i taget.</translation>
    </message>
    <message>
        <source>The events command.</source>
        <translation>Kommandot events.</translation>
    </message>
    <message>
        <source>Send stored events again.</source>
        <translation>Skicka lagrade händelser igen.</translation>
    </message>
    <message>
        <source>The URL to send the events to (http or https).</source>
        <translation>URL:en som händelserna skickas till (http eller https).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>An event to send (repeatable); they are sent in the order given.</source>
        <translation>En händelse att skicka (kan upprepas); de skickas i angiven ordning.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The events that first arrived at or after this ISO 8601 time or date.</source>
        <translation>Händelserna som först kom vid eller efter denna ISO 8601-tid eller -dag.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tid</translation>
    </message>
    <message>
        <source>Only this company&apos;s events.</source>
        <translation>Bara det här företagets händelser.</translation>
    </message>
    <message>
        <source>An extra header, &quot;Name: value&quot; (repeatable).</source>
        <translation>En extra rubrik, &quot;Namn: värde&quot; (kan upprepas).</translation>
    </message>
    <message>
        <source>header</source>
        <translation>rubrik</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default: 10).</source>
        <translation>Sekunder att vänta på varje svar (standard: 10).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekunder</translation>
    </message>
    <message>
        <source>Folder of the event database (default: the profile&apos;s own folder).</source>
        <translation>Mappen för händelsedatabasen (standard: profilens egen mapp).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>mapp</translation>
    </message>
    <message>
        <source>Use this profile&apos;s event history (default: the active one).</source>
        <translation>Använd den här profilens händelsehistorik (standard: den aktiva).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>Say where to send the events: --to URL.</source>
        <translation>Ange vart händelserna ska skickas: --to URL.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--timeout måste vara ett antal sekunder från 1 till %1, inte &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--id must be an event number, not &quot;%1&quot;.</source>
        <translation>--id måste vara ett händelsenummer, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Choose the events either with --id or with --since and --business-id, not both.</source>
        <translation>Välj händelserna antingen med --id eller med --since och --business-id, inte båda.</translation>
    </message>
    <message>
        <source>Say which events to send: --id N (repeatable), --since TIME or --business-id ID.</source>
        <translation>Ange vilka händelser som ska skickas: --id N (kan upprepas), --since TID eller --business-id ID.</translation>
    </message>
    <message>
        <source>--since must be an ISO 8601 time or date, such as 2024-05-01 or 2024-05-01T12:00:00Z, not &quot;%1&quot;.</source>
        <translation>--since måste vara en ISO 8601-tid eller -dag, till exempel 2024-05-01 eller 2024-05-01T12:00:00Z, inte &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no event %1 in &quot;%2&quot;.</source>
        <translation>Det finns ingen händelse %1 i &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>No stored events match; nothing was sent.</source>
        <translation>Inga lagrade händelser matchar; inget skickades.</translation>
    </message>
    <message>
        <source>event %1: delivered (HTTP %2, %3 ms)</source>
        <translation>händelse %1: levererad (HTTP %2, %3 ms)</translation>
    </message>
    <message>
        <source>event %1: not delivered: %2</source>
        <translation>händelse %1: inte levererad: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) delivered</source>
        <translation>
            <numerusform>%n händelse levererad</numerusform>
            <numerusform>%n händelser levererade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not delivered.</source>
        <translation>
            <numerusform>%n inte levererad.</numerusform>
            <numerusform>%n inte levererade.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsStatsCommand</name>
    <message>
        <source>%1 must be an ISO 8601 time or date, such as 2024-05-01 or 2024-05-01T12:00:00Z, not &quot;%2&quot;.</source>
        <translation>%1 måste vara en ISO 8601-tid eller -dag, till exempel 2024-05-01 eller 2024-05-01T12:00:00Z, inte ”%2”.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Counts the stored events: one row per day, hour, changed field, region, company or origin. Each event counts once (Vainu&apos;s retries of a delivery are not new events); a company&apos;s first event changes no field.</source>
        <translation>Räknar de lagrade händelserna: en rad per dag, timme, ändrat fält, region, företag eller ursprung. Varje händelse räknas en gång (Vainus nya försök med en leverans är inga nya händelser); ett företags första händelse ändrar inget fält.</translation>
    </message>
    <message>
        <source>The events command.</source>
        <translation>Kommandot events.</translation>
    </message>
    <message>
        <source>Count the stored events.</source>
        <translation>Räkna de lagrade händelserna.</translation>
    </message>
    <message>
        <source>What to count by: %1.</source>
        <translation>Vad som räknas per: %1.</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>dimension</translation>
    </message>
    <message>
        <source>Only events that first arrived at or after this ISO 8601 time or date.</source>
        <translation>Endast händelser som först kom vid eller efter denna ISO 8601-tid eller -dag.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tid</translation>
    </message>
    <message>
        <source>Only events that first arrived before this ISO 8601 time or date.</source>
        <translation>Endast händelser som först kom före denna ISO 8601-tid eller -dag.</translation>
    </message>
    <message>
        <source>Days and hours in UTC (default: local time).</source>
        <translation>Dagar och timmar i UTC (standard: lokal tid).</translation>
    </message>
    <message>
        <source>Write a JSON array of {&quot;bucket&quot;: ..., &quot;count&quot;: N}.</source>
        <translation>Skriv en JSON-array av {&quot;bucket&quot;: ..., &quot;count&quot;: N}.</translation>
    </message>
    <message>
        <source>Folder of the event database (default: the profile&apos;s own folder).</source>
        <translation>Mapp för händelsedatabasen (standard: profilens egen mapp).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>mapp</translation>
    </message>
    <message>
        <source>Use this profile&apos;s event history (default: the active one).</source>
        <translation>Använd den här profilens händelsehistorik (standard: den aktiva).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>Also count the test deliveries (&quot;receiver check&quot;, &quot;Test the public URL&quot;).</source>
        <translation>Räkna även testleveranserna (”receiver check”, ”Testa den publika URL:en”).</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Run &quot;vainu-webhooks events stats --help&quot; for the options.</source>
        <translation>Oväntat argument ”%1”. Kör ”vainu-webhooks events stats --help” för flaggorna.</translation>
    </message>
    <message>
        <source>Cannot count by &quot;%1&quot;: use one of %2.</source>
        <translation>Kan inte räkna per ”%1”: använd en av %2.</translation>
    </message>
    <message>
        <source>--until must be later than --since.</source>
        <translation>--until måste vara senare än --since.</translation>
    </message>
    <message>
        <source>The event history could not be read: %1</source>
        <translation>Händelsehistoriken kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>No events to count.</source>
        <translation>Inga händelser att räkna.</translation>
    </message>
</context>
<context>
    <name>FieldDiffView</name>
    <message>
        <source>Changed fields</source>
        <translation>Ändrade fält</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>%1, changed</source>
        <translation>%1, ändrat</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(okänt)</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(saknas)</translation>
    </message>
</context>
<context>
    <name>ForwardDestinations</name>
    <message>
        <source>This app&apos;s receiver (stored as a test delivery)</source>
        <translation>Den här appens mottagare (sparas som testleverans)</translation>
    </message>
</context>
<context>
    <name>ForwardOutcome</name>
    <message>
        <source>forward of event %1 to %2: delivered (HTTP %3, %4 ms, attempt %5)</source>
        <translation>vidarebefordring av händelse %1 till %2: levererad (HTTP %3, %4 ms, försök %5)</translation>
    </message>
    <message>
        <source>forward of event %1 to %2: attempt %3 not delivered, trying again at %4: %5</source>
        <translation>vidarebefordring av händelse %1 till %2: försök %3 inte levererat, nytt försök %4: %5</translation>
    </message>
    <message>
        <source>forward of event %1 to %2: failed after %3 attempts: %4</source>
        <translation>vidarebefordring av händelse %1 till %2: misslyckades efter %3 försök: %4</translation>
    </message>
</context>
<context>
    <name>ForwardResponseText</name>
    <message>
        <source>Delivered: HTTP %1 in %2 ms at %3.</source>
        <translation>Levererad: HTTP %1 på %2 ms kl. %3.</translation>
    </message>
    <message>
        <source>Not delivered (%1 ms, at %2): %3</source>
        <translation>Inte levererad (%1 ms, kl. %2): %3</translation>
    </message>
    <message>
        <source>(The answer had no body.)</source>
        <translation>(Svaret hade ingen brödtext.)</translation>
    </message>
    <message>
        <source>… (longer: only the first %1 KiB were read)</source>
        <translation>… (längre: bara de första %1 KiB lästes)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Försöker igen</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Levererad</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckades</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Inte skickad än.</translation>
    </message>
    <message>
        <source>HTTP %1 at %2 in %3 ms (try %4).</source>
        <translation>HTTP %1 kl. %2 på %3 ms (försök %4).</translation>
    </message>
    <message>
        <source>Next try at %1. Try %2 failed: %3</source>
        <translation>Nästa försök kl. %1. Försök %2 misslyckades: %3</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n tries: %1</source>
        <translation>
            <numerusform>Gav upp efter %n försök: %1</numerusform>
            <numerusform>Gav upp efter %n försök: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForwardSender</name>
    <message>
        <source>The target answered HTTP %1.</source>
        <translation>Målet svarade HTTP %1.</translation>
    </message>
    <message>
        <source>No answer within %1 seconds.</source>
        <translation>Inget svar inom %1 sekunder.</translation>
    </message>
    <message>
        <source>The target could not be reached: %1</source>
        <translation>Målet kunde inte nås: %1</translation>
    </message>
</context>
<context>
    <name>ForwardService</name>
    <message>
        <source>The event history is not open.</source>
        <translation>Händelsehistoriken är inte öppen.</translation>
    </message>
    <message>
        <source>The forward target no longer exists.</source>
        <translation>Vidarebefordringsmålet finns inte längre.</translation>
    </message>
</context>
<context>
    <name>ForwardTarget</name>
    <message>
        <source>Enter the URL to forward to, e.g. http://localhost:3000/webhook.</source>
        <translation>Ange URL:en att vidarebefordra till, t.ex. http://localhost:3000/webhook.</translation>
    </message>
    <message>
        <source>This is not a valid URL. Enter a full address, e.g. http://localhost:3000/webhook.</source>
        <translation>Det här är ingen giltig URL. Ange en fullständig adress, t.ex. http://localhost:3000/webhook.</translation>
    </message>
    <message>
        <source>Only http and https URLs can be forwarded to.</source>
        <translation>Det går bara att vidarebefordra till http- och https-URL:er.</translation>
    </message>
    <message>
        <source>Put credentials in a header (Authorization), not in the URL.</source>
        <translation>Lägg inloggningsuppgifter i en rubrik (Authorization), inte i URL:en.</translation>
    </message>
    <message>
        <source>This is the app&apos;s own receiver: every event would be forwarded to itself.</source>
        <translation>Det här är appens egen mottagare: varje händelse skulle vidarebefordras till sig själv.</translation>
    </message>
    <message>
        <source>This is the receiver&apos;s public URL: every event would be forwarded to itself.</source>
        <translation>Det här är mottagarens publika URL: varje händelse skulle vidarebefordras till sig själv.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name.</source>
        <translation>&quot;%1&quot; är inget giltigt rubriknamn.</translation>
    </message>
    <message>
        <source>The value of %1 cannot contain line breaks.</source>
        <translation>Värdet för %1 kan inte innehålla radbrytningar.</translation>
    </message>
    <message>
        <source>%1 cannot be set: the app sends it as the request needs.</source>
        <translation>%1 kan inte anges: appen skickar den som begäran kräver.</translation>
    </message>
    <message>
        <source>%1 is set by the app on every forward.</source>
        <translation>%1 sätts av appen på varje vidarebefordring.</translation>
    </message>
    <message>
        <source>Line %1: write a header as &quot;Name: value&quot;.</source>
        <translation>Rad %1: skriv en rubrik som &quot;Namn: värde&quot;.</translation>
    </message>
    <message>
        <source>The timeout must be between 1 and %1 seconds.</source>
        <translation>Tidsgränsen måste vara mellan 1 och %1 sekunder.</translation>
    </message>
</context>
<context>
    <name>ForwardTargetDialog</name>
    <message>
        <source>Forward target</source>
        <translation>Vidarebefordringsmål</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>http://localhost:3000/webhooks/vainu</source>
        <translation>http://localhost:3000/webhooks/vainu</translation>
    </message>
    <message>
        <source>&amp;Forward new events to this target</source>
        <translation>&amp;Vidarebefordra nya händelser till det här målet</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>Extra &amp;rubriker:</translation>
    </message>
    <message>
        <source>Authorization: Bearer …</source>
        <translation>Authorization: Bearer …</translation>
    </message>
    <message>
        <source>Only &amp;business ids:</source>
        <translation>Bara &amp;organisationsnummer:</translation>
    </message>
    <message>
        <source>Any company (or e.g. 2557864-2, 0112038-9)</source>
        <translation>Alla företag (eller t.ex. 2557864-2, 0112038-9)</translation>
    </message>
    <message>
        <source>Only &amp;changed fields:</source>
        <translation>Bara &amp;ändrade fält:</translation>
    </message>
    <message>
        <source>Any field (or e.g. name, employees)</source>
        <translation>Alla fält (eller t.ex. name, employees)</translation>
    </message>
    <message>
        <source>Only origins:</source>
        <translation>Bara ursprung:</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Leveranser</translation>
    </message>
    <message>
        <source>Catch-up</source>
        <translation>Ikappkörning</translation>
    </message>
    <message>
        <source>Unrecognised</source>
        <translation>Okända</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>None ticked: every origin.</source>
        <translation>Inget ikryssat: alla ursprung.</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Tidsgräns:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Send the &amp;query string Vainu sent (without the receiver&apos;s secret)</source>
        <translation>Skicka &amp;frågeparametrarna som Vainu skickade (utan mottagarens hemlighet)</translation>
    </message>
    <message>
        <source>Add forward target</source>
        <translation>Lägg till vidarebefordringsmål</translation>
    </message>
    <message>
        <source>Edit forward target</source>
        <translation>Redigera vidarebefordringsmål</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
    <message>
        <source>Paused: its forwards wait until you resume it (Resume in the Forwarding tab). Saving keeps it paused.</source>
        <translation>Pausad: dess vidarebefordringar väntar tills du återupptar den (Återuppta på fliken Vidarebefordring). Att spara håller den pausad.</translation>
    </message>
</context>
<context>
    <name>ForwarderWorker</name>
    <message>
        <source>The event is no longer stored.</source>
        <translation>Händelsen är inte längre lagrad.</translation>
    </message>
</context>
<context>
    <name>ForwardingPanel</name>
    <message>
        <source>Forward targets</source>
        <translation>Vidarebefordringsmål</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Försöker igen</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Levererade</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckade</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation>Försök &amp;misslyckade igen</translation>
    </message>
    <message>
        <source>Every new event is also sent to each target that is on, as Vainu sent it (the same body and Content-Type), until the target answers 2xx. Use it to develop against your own endpoint.</source>
        <translation>Varje ny händelse skickas också till varje mål som är på, som Vainu skickade den (samma brödtext och Content-Type), tills målet svarar 2xx. Använd det när du utvecklar mot din egen slutpunkt.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <source>On</source>
        <translation>På</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Återuppta</translation>
    </message>
    <message>
        <source>Send what waits for this target, and what arrives from now on</source>
        <translation>Skicka det som väntar på det här målet och det som kommer härefter</translation>
    </message>
    <message>
        <source>Keep queueing events for this target but send nothing</source>
        <translation>Fortsätt köa händelser för det här målet men skicka inget</translation>
    </message>
    <message>
        <source>Queue the failed forwards of the selected target again</source>
        <translation>Köa det valda målets misslyckade vidarebefordringar igen</translation>
    </message>
    <message>
        <source>Queue every failed forward again</source>
        <translation>Köa alla misslyckade vidarebefordringar igen</translation>
    </message>
    <message>
        <source>Forward target %1 added.</source>
        <translation>Vidarebefordringsmålet %1 har lagts till.</translation>
    </message>
    <message>
        <source>Forward target %1 saved.</source>
        <translation>Vidarebefordringsmålet %1 har sparats.</translation>
    </message>
    <message>
        <source>Remove forward target</source>
        <translation>Ta bort vidarebefordringsmål</translation>
    </message>
    <message>
        <source>Remove %1? What waits to be forwarded to it is dropped; the events stay.</source>
        <translation>Ta bort %1? Det som väntar på att vidarebefordras dit släpps; händelserna finns kvar.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 har tagits bort.</translation>
    </message>
    <message>
        <source>Paused forwarding to %1.</source>
        <translation>Vidarebefordring till %1 pausad.</translation>
    </message>
    <message>
        <source>Resumed forwarding to %1.</source>
        <translation>Vidarebefordring till %1 återupptagen.</translation>
    </message>
    <message>
        <source>The failed forwards are queued again.</source>
        <translation>De misslyckade vidarebefordringarna har köats igen.</translation>
    </message>
    <message>
        <source>No forward targets yet</source>
        <translation>Inga vidarebefordringsmål ännu</translation>
    </message>
    <message>
        <source>Add the endpoint you are developing, for example http://localhost:3000/webhooks: every new event is sent to it as Vainu sent it, in order per company, and retried until it answers 2xx.</source>
        <translation>Lägg till slutpunkten du utvecklar, till exempel http://localhost:3000/webhooks: varje ny händelse skickas dit som Vainu skickade den, i ordning per företag, och skickas igen tills den svarar 2xx.</translation>
    </message>
    <message>
        <source>Add a forward target…</source>
        <translation>Lägg till ett vidarebefordringsmål…</translation>
    </message>
</context>
<context>
    <name>GuardedTcpServer</name>
    <message>
        <source>Too many open connections (limit %1).</source>
        <translation>För många öppna anslutningar (gräns %1).</translation>
    </message>
</context>
<context>
    <name>HeadlessCommand</name>
    <message>
        <source>Runs the webhook receiver and the event store without a window.</source>
        <translation>Kör webhook-mottagaren och händelselagret utan fönster.</translation>
    </message>
    <message>
        <source>Run without a window.</source>
        <translation>Kör utan fönster.</translation>
    </message>
    <message>
        <source>TCP port to listen on (0 picks a free one).</source>
        <translation>TCP-port att lyssna på (0 väljer en ledig).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>URL path of the receiver.</source>
        <translation>Mottagarens URL-sökväg.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>sökväg</translation>
    </message>
    <message>
        <source>Address to listen on.</source>
        <translation>Adress att lyssna på.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adress</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>mapp</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535, not &quot;%1&quot;.</source>
        <translation>--port måste vara ett tal från 0 till 65535, inte ”%1”.</translation>
    </message>
    <message>
        <source>--bind must be an IP address such as 127.0.0.1, not &quot;%1&quot;.</source>
        <translation>--bind måste vara en IP-adress som 127.0.0.1, inte ”%1”.</translation>
    </message>
    <message>
        <source>Listening on %1 (secret %2), events in %3</source>
        <translation>Lyssnar på %1 (hemlighet %2), händelser i %3</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>krävs inte</translation>
    </message>
    <message>
        <source>required</source>
        <translation>krävs</translation>
    </message>
    <message>
        <source>A delivery could not be stored (answered 503): %1</source>
        <translation>En leverans kunde inte lagras (svarade 503): %1</translation>
    </message>
    <message>
        <source>Stopping: finishing pending writes.</source>
        <translation>Stoppar: slutför väntande skrivningar.</translation>
    </message>
    <message>
        <source>Timed out while writing the last events.</source>
        <translation>Tidsgränsen gick ut medan de sista händelserna skrevs.</translation>
    </message>
    <message>
        <source>Folder of the event database (default: the profile&apos;s own folder).</source>
        <translation>Mapp för händelsedatabasen (standard: profilens egen mapp).</translation>
    </message>
    <message>
        <source>Use this profile&apos;s event history (default: the active one).</source>
        <translation>Använd den här profilens händelsehistorik (standard: den aktiva).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>Refuse to start unless VAINU_WEBHOOK_SECRET is set (for a receiver others can reach).</source>
        <translation>Vägra starta om inte VAINU_WEBHOOK_SECRET är satt (för en mottagare som andra kan nå).</translation>
    </message>
    <message>
        <source>VAINU_WEBHOOK_SECRET is not set, and --require-secret asks for it: set it to a long random value (for example: openssl rand -hex 32) and give Vainu the same secret.</source>
        <translation>VAINU_WEBHOOK_SECRET är inte satt, och --require-secret kräver den: sätt den till ett långt slumpmässigt värde (till exempel: openssl rand -hex 32) och ge Vainu samma hemlighet.</translation>
    </message>
    <message>
        <source>Once listening, find the changes missed while stopped (as &quot;events catch-up&quot;); the API key comes from the profile or VAINU_API_KEY.</source>
        <translation>När mottagaren lyssnar, hitta ändringar som missades medan den var stoppad (som ”events catch-up”); API-nyckeln kommer från profilen eller VAINU_API_KEY.</translation>
    </message>
    <message>
        <source>API base URL for --catch-up, with the key in VAINU_API_KEY.</source>
        <translation>API-basadress för --catch-up, med nyckeln i VAINU_API_KEY.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Use either --profile or --base-url, not both.</source>
        <translation>Använd antingen --profile eller --base-url, inte båda.</translation>
    </message>
    <message>
        <source>With --base-url, say which event history to compare with --data-dir DIR.</source>
        <translation>Med --base-url, ange vilken händelsehistorik som ska jämföras med --data-dir MAPP.</translation>
    </message>
    <message>
        <source>Catching up failed; nothing was recorded. %1</source>
        <translation>Ikapp-körningen misslyckades; inget sparades. %1</translation>
    </message>
    <message>
        <source>Catching up on the changes missed while the receiver was stopped…</source>
        <translation>Kommer ikapp med ändringar som missades medan mottagaren var stoppad…</translation>
    </message>
    <message>
        <source>Serve HTTPS with this certificate (PEM, the chain after the certificate); needs --tls-key. The files are read again when they change, so a renewed certificate is used without a restart.</source>
        <translation>Servera HTTPS med det här certifikatet (PEM, kedjan efter certifikatet); kräver --tls-key. Filerna läses in igen när de ändras, så ett förnyat certifikat används utan omstart.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>The private key of --tls-cert (PEM, not encrypted).</source>
        <translation>Den privata nyckeln för --tls-cert (PEM, okrypterad).</translation>
    </message>
    <message>
        <source>HTTPS needs both --tls-cert FILE and --tls-key FILE.</source>
        <translation>HTTPS kräver både --tls-cert FIL och --tls-key FIL.</translation>
    </message>
    <message>
        <source>Forward every stored event to this URL too (repeatable); kept as a forward target of the history. The history&apos;s other forward targets are forwarded to as well.</source>
        <translation>Vidarebefordra varje lagrad händelse även till den här URL:en (kan upprepas); sparas som ett vidarebefordringsmål i historiken. Historikens andra vidarebefordringsmål får dem också.</translation>
    </message>
    <message>
        <source>Forwarding: %1</source>
        <translation>Vidarebefordring: %1</translation>
    </message>
</context>
<context>
    <name>HttpResponseReader</name>
    <message>
        <source>The target closed the connection before its answer was complete.</source>
        <translation>Målet stängde anslutningen innan dess svar var klart.</translation>
    </message>
    <message>
        <source>The target closed the connection without answering.</source>
        <translation>Målet stängde anslutningen utan att svara.</translation>
    </message>
    <message>
        <source>The target&apos;s answer has a head longer than %1 KiB.</source>
        <translation>Målets svar har ett huvud längre än %1 KiB.</translation>
    </message>
    <message>
        <source>The target did not answer in HTTP/1.1.</source>
        <translation>Målet svarade inte med HTTP/1.1.</translation>
    </message>
    <message>
        <source>The target&apos;s answer has an invalid Content-Length.</source>
        <translation>Målets svar har en ogiltig Content-Length.</translation>
    </message>
    <message>
        <source>The target&apos;s answer has an invalid chunk size.</source>
        <translation>Målets svar har en ogiltig chunkstorlek.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customer data from CSV</source>
        <translation>Importera kunddata från CSV</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;Drop a CSV file here&lt;/p&gt;&lt;p&gt;or choose one. Comma, semicolon and tab separated files are read, in UTF-8 or ISO-8859-1 (as Vainu&apos;s own exports).&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;Släpp en CSV-fil här&lt;/p&gt;&lt;p&gt;eller välj en. Filer åtskilda med kommatecken, semikolon och tabb läses, i UTF-8 eller ISO-8859-1 (som Vainus egna exporter).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Välj fil…</translation>
    </message>
    <message>
        <source>Import customer data</source>
        <translation>Importera kunddata</translation>
    </message>
    <message>
        <source>Which column holds which field? Each field comes from one column.</source>
        <translation>Vilken kolumn innehåller vilket fält? Varje fält kommer från en kolumn.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Första raden</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Annan fil…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Stops sending at once. Records already sent stay in Vainu; the report lists exactly which.</source>
        <translation>Slutar skicka direkt. Poster som redan skickats finns kvar i Vainu; rapporten listar exakt vilka.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Unique id</source>
        <translation>Unikt id</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>&amp;Save failed rows as CSV…</source>
        <translation>&amp;Spara misslyckade rader som CSV…</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabb</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n row(s), %2, separated by &quot;%3&quot;.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n rad, %2, åtskild med ”%3”.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n rader, %2, åtskilda med ”%3”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) are ready to import.</source>
        <translation>
            <numerusform>%n rad är redo att importeras.</numerusform>
            <numerusform>Alla %n rader är redo att importeras.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n row(s)</source>
        <translation>
            <numerusform>&amp;Importera %n rad</numerusform>
            <numerusform>&amp;Importera %n rader</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling: nothing more is sent; waiting for the answers to what was already sent…</source>
        <translation>Avbryter: inget mer skickas; väntar på svar på det som redan skickats…</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Importen avbröts.</translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation>Importen är klar.</translation>
    </message>
    <message>
        <source>Save the rows that were not imported</source>
        <translation>Spara raderna som inte importerades</translation>
    </message>
    <message>
        <source>Save failed rows</source>
        <translation>Spara misslyckade rader</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>Det går inte att skriva %1: %2. Välj en annan mapp.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are ready; &lt;span style=&apos;color:#c62828&apos;&gt;%1 with problems&lt;/span&gt; will not be sent (listed first below). Fix them in the file and import it again, or import the rest now.</source>
        <translation>
            <numerusform>%n rad är redo; &lt;span style=&apos;color:#c62828&apos;&gt;%1 med problem&lt;/span&gt; skickas inte (listas först nedan). Rätta dem i filen och importera den igen, eller importera resten nu.</numerusform>
            <numerusform>%n rader är redo; &lt;span style=&apos;color:#c62828&apos;&gt;%1 med problem&lt;/span&gt; skickas inte (listas först nedan). Rätta dem i filen och importera den igen, eller importera resten nu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 and checking its rows…</source>
        <translation>Läser %1 och kontrollerar dess rader…</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Kontrollerar raderna…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importens förlopp</translation>
    </message>
    <message>
        <source>Records done:</source>
        <translation>Klara poster:</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Takt:</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>Tid kvar:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Skapade:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Uppdaterade:</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>Misslyckade:</translation>
    </message>
    <message>
        <source>Rows that were not imported</source>
        <translation>Rader som inte importerades</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>%1 records/s</source>
        <translation>%1 poster/s</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln minute(s)</source>
        <translation>
            <numerusform>cirka %Ln minut</numerusform>
            <numerusform>cirka %Ln minuter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>cirka %n sekund</numerusform>
            <numerusform>cirka %n sekunder</numerusform>
        </translation>
    </message>
    <message>
        <source>measuring…</source>
        <translation>mäter…</translation>
    </message>
    <message numerus="yes">
        <source>Sending %Ln record(s) to Vainu…</source>
        <translation>
            <numerusform>Skickar %Ln post till Vainu…</numerusform>
            <numerusform>Skickar %Ln poster till Vainu…</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row of the file is in Vainu.</source>
        <translation>Varje rad i filen finns i Vainu.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) did not make it into Vainu. Fix them in the file, or save them as CSV, and import them again:</source>
        <translation>
            <numerusform>%Ln rad kom inte in i Vainu. Rätta den i filen, eller spara den som CSV, och importera den igen:</numerusform>
            <numerusform>%Ln rader kom inte in i Vainu. Rätta dem i filen, eller spara dem som CSV, och importera dem igen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <source>expected &quot;%1&quot;, got &quot;%2&quot;</source>
        <translation>förväntade ”%1”, fick ”%2”</translation>
    </message>
    <message>
        <source>expected a date like 2024-01-31, got &quot;%1&quot;</source>
        <translation>förväntade ett datum som 2024-01-31, fick ”%1”</translation>
    </message>
    <message>
        <source>the body is empty; expected JSON</source>
        <translation>innehållet är tomt; förväntade JSON</translation>
    </message>
    <message>
        <source>the body is not valid UTF-8 (invalid byte at offset %1)</source>
        <translation>innehållet är inte giltig UTF-8 (ogiltig byte vid position %1)</translation>
    </message>
    <message>
        <source>the body is not valid JSON: %1 at offset %2</source>
        <translation>innehållet är inte giltig JSON: %1 vid position %2</translation>
    </message>
    <message>
        <source>the body is JSON but neither an object nor an array</source>
        <translation>innehållet är JSON men varken ett objekt eller en array</translation>
    </message>
    <message>
        <source>expected a JSON object, got %1</source>
        <translation>förväntade ett JSON-objekt, fick %1</translation>
    </message>
    <message>
        <source>expected a JSON object with &quot;results&quot; or an array, got %1</source>
        <translation>förväntade ett JSON-objekt med ”results” eller en array, fick %1</translation>
    </message>
    <message>
        <source>missing; expected an array</source>
        <translation>saknas; förväntade en array</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>förväntade en array, fick %1</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ett booleskt värde</translation>
    </message>
    <message>
        <source>a number with a fraction</source>
        <translation>ett decimaltal</translation>
    </message>
    <message>
        <source>a number too large for an integer</source>
        <translation>ett tal för stort för ett heltal</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>ett heltal</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>en sträng</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>en array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ett objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <source>missing; expected a string</source>
        <translation>saknas; förväntade en sträng</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>förväntade en sträng, fick %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>får inte vara tomt</translation>
    </message>
    <message>
        <source>expected a string or null, got %1</source>
        <translation>förväntade en sträng eller null, fick %1</translation>
    </message>
    <message>
        <source>expected an integer, got null</source>
        <translation>förväntade ett heltal, fick null</translation>
    </message>
    <message>
        <source>missing; expected an integer</source>
        <translation>saknas; förväntade ett heltal</translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <translation>förväntade ett heltal, fick %1</translation>
    </message>
    <message>
        <source>expected an integer or null, got %1</source>
        <translation>förväntade ett heltal eller null, fick %1</translation>
    </message>
    <message>
        <source>must be at least %1, got %2</source>
        <translation>måste vara minst %1, fick %2</translation>
    </message>
    <message>
        <source>must be at most %1, got %2</source>
        <translation>får vara högst %1, fick %2</translation>
    </message>
    <message>
        <source>expected a boolean or null, got %1</source>
        <translation>förväntade ett booleskt värde eller null, fick %1</translation>
    </message>
    <message>
        <source>expected an object or null, got %1</source>
        <translation>förväntade ett objekt eller null, fick %1</translation>
    </message>
    <message>
        <source>missing; expected an object</source>
        <translation>saknas; förväntade ett objekt</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>förväntade ett objekt, fick %1</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The new language is used the next time %1 starts.</source>
        <translation>Det nya språket används nästa gång %1 startar.</translation>
    </message>
</context>
<context>
    <name>LiveEventsPage</name>
    <message>
        <source>Live events</source>
        <translation>Live-händelser</translation>
    </message>
    <message>
        <source>Subscribe this receiver</source>
        <translation>Prenumerera med den här mottagaren</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <source>Rejected requests</source>
        <translation>Avvisade förfrågningar</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avvisade</translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation>Avvisade (%1)</translation>
    </message>
    <message>
        <source>Simulate a company &amp;change</source>
        <translation>Simulera en företags&amp;ändring</translation>
    </message>
    <message>
        <source>The sandbox changes a random tracked company and delivers the change here</source>
        <translation>Sandlådan ändrar ett slumpvis valt bevakat företag och levererar ändringen hit</translation>
    </message>
    <message>
        <source>Stream changes (2/s)</source>
        <translation>Ström av ändringar (2/s)</translation>
    </message>
    <message>
        <source>Sandbox profile: these buttons make the built-in sandbox send deliveries.</source>
        <translation>Sandlådeprofil: de här knapparna får den inbyggda sandlådan att skicka leveranser.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Filter by company</source>
        <translation>Filtrera på företag</translation>
    </message>
    <message>
        <source>Business id</source>
        <translation>Org.nr</translation>
    </message>
    <message>
        <source>Filter by business id</source>
        <translation>Filtrera på organisationsnummer</translation>
    </message>
    <message>
        <source>Filter by changed field</source>
        <translation>Filtrera på ändrat fält</translation>
    </message>
    <message>
        <source>Any changed field</source>
        <translation>Valfritt ändrat fält</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
    <message>
        <source>&amp;Auto-scroll</source>
        <translation>&amp;Rulla automatiskt</translation>
    </message>
    <message>
        <source>Keep the newest event in view as events arrive</source>
        <translation>Håll den senaste händelsen synlig när händelser kommer in</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>Save the events the table shows as JSON Lines or CSV</source>
        <translation>Spara händelserna som tabellen visar som JSON Lines eller CSV</translation>
    </message>
    <message>
        <source>No webhook of this account points at this receiver (%1), so Vainu sends it nothing.</source>
        <translation>Ingen webhook på det här kontot pekar på den här mottagaren (%1), så Vainu skickar ingenting till den.</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) point at this receiver, but none carries its current secret: their deliveries are refused.</source>
        <translation>
            <numerusform>%n webhook pekar på den här mottagaren, men den har inte mottagarens nuvarande hemlighet: dess leveranser avvisas.</numerusform>
            <numerusform>%n webhookar pekar på den här mottagaren, men ingen har dess nuvarande hemlighet: deras leveranser avvisas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Subscribed: Vainu now delivers here; %n older webhook(s) deleted.</source>
        <translation>
            <numerusform>Prenumererad: Vainu levererar nu hit; %n äldre webhook togs bort.</numerusform>
            <numerusform>Prenumererad: Vainu levererar nu hit; %n äldre webhookar togs bort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Subscribed: Vainu now delivers to this receiver.</source>
        <translation>Prenumererad: Vainu levererar nu till den här mottagaren.</translation>
    </message>
    <message>
        <source>Subscribe this &amp;receiver…</source>
        <translation>Prenumerera med den här &amp;mottagaren…</translation>
    </message>
    <message>
        <source>Create a webhook that delivers to this computer&apos;s receiver, with a new secret</source>
        <translation>Skapa en webhook som levererar till den här datorns mottagare, med en ny hemlighet</translation>
    </message>
    <message>
        <source>Loading events…</source>
        <translation>Läser in händelser…</translation>
    </message>
    <message>
        <source>The receiver is stopped: start it to see the change arrive.</source>
        <translation>Mottagaren är stoppad: starta den för att se ändringen komma in.</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Exportera händelser</translation>
    </message>
    <message>
        <source>No event store is open.</source>
        <translation>Inget händelselager är öppet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln händelse</numerusform>
            <numerusform>%Ln händelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) match the filter</source>
        <translation>
            <numerusform>%Ln händelse matchar filtret</numerusform>
            <numerusform>%Ln händelser matchar filtret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln event(s)…</source>
        <translation>
            <numerusform>Exporterar %Ln händelse…</numerusform>
            <numerusform>Exporterar %Ln händelser…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln event(s) to %1.</source>
        <translation>
            <numerusform>%Ln händelse exporterades till %1.</numerusform>
            <numerusform>%Ln händelser exporterades till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Fler filter</translation>
    </message>
    <message>
        <source>Show or hide the filters by changed field and by arrival time</source>
        <translation>Visa eller dölj filtren för ändrat fält och ankomsttid</translation>
    </message>
    <message>
        <source>Arrived from</source>
        <translation>Ankommit från</translation>
    </message>
    <message>
        <source>Arrived until</source>
        <translation>Ankommit till och med</translation>
    </message>
    <message>
        <source>Clear every filter, the hidden ones too</source>
        <translation>Rensa alla filter, även de dolda</translation>
    </message>
    <message>
        <source>&amp;More filters</source>
        <translation>&amp;Fler filter</translation>
    </message>
    <message>
        <source>&amp;More filters (%1 on)</source>
        <translation>&amp;Fler filter (%1 aktiva)</translation>
    </message>
    <message>
        <source>Subscribing needs the profile&apos;s API key. Enter it first (File &gt; Settings).</source>
        <translation>Prenumerationen kräver profilens API-nyckel. Ange den först (Arkiv &gt; Inställningar).</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Inga händelser än</translation>
    </message>
    <message>
        <source>Company changes that Vainu delivers to this receiver appear here the moment they arrive, with what changed. The sandbox&apos;s demo webhook points here already: make it send a change.</source>
        <translation>Företagsändringar som Vainu levererar till den här mottagaren visas här så fort de kommer in, med det som ändrats. Sandlådans demowebhook pekar redan hit: låt den skicka en ändring.</translation>
    </message>
    <message>
        <source>Company changes that Vainu delivers to this receiver appear here the moment they arrive, with what changed. Start the receiver, then subscribe it.</source>
        <translation>Företagsändringar som Vainu levererar till den här mottagaren visas här så fort de kommer in, med det som ändrats. Starta mottagaren och prenumerera sedan med den.</translation>
    </message>
    <message>
        <source>Simulate a company change</source>
        <translation>Simulera en företagsändring</translation>
    </message>
    <message>
        <source>Subscribe this receiver…</source>
        <translation>Prenumerera med den här mottagaren…</translation>
    </message>
    <message>
        <source>Subscribing needs the built-in sandbox, which is not running: press Retry in the banner above.</source>
        <translation>Prenumerationen kräver den inbyggda sandlådan, som inte körs: tryck på Försök igen i banderollen ovan.</translation>
    </message>
    <message>
        <source>1. Public URL: %1 (Settings &gt; Receiver changes it).</source>
        <translation>1. Publik URL: %1 (ändras under Inställningar &gt; Mottagare).</translation>
    </message>
    <message>
        <source>1. Give the receiver a public URL in Settings &gt; Receiver, or start a tunnel (ngrok, cloudflared) to port %1.</source>
        <translation>1. Ge mottagaren en publik URL under Inställningar &gt; Mottagare, eller starta en tunnel (ngrok, cloudflared) till port %1.</translation>
    </message>
    <message>
        <source>Vainu&apos;s servers cannot post to 127.0.0.1. To see a real account&apos;s changes here:</source>
        <translation>Vainus servrar kan inte skicka till 127.0.0.1. Så här ser du ett riktigt kontos ändringar här:</translation>
    </message>
    <message>
        <source>2. Subscribe this receiver.</source>
        <translation>2. Prenumerera med den här mottagaren.</translation>
    </message>
    <message>
        <source>3. Test it: a delivery through the public URL shows up here.</source>
        <translation>3. Testa: en leverans via den publika URL:en visas här.</translation>
    </message>
    <message>
        <source>Set the public URL…</source>
        <translation>Ange den publika URL:en…</translation>
    </message>
    <message>
        <source>Subscribe the new address</source>
        <translation>Prenumerera med den nya adressen</translation>
    </message>
    <message>
        <source>The tunnel to this receiver now has the address %1, but Vainu delivers to %2: a tunnel gets a new address when it restarts. Subscribe the new address.</source>
        <translation>Tunneln till den här mottagaren har nu adressen %1, men Vainu levererar till %2: en tunnel får en ny adress när den startas om. Prenumerera med den nya adressen.</translation>
    </message>
    <message>
        <source>Forwarding</source>
        <translation>Vidarebefordring</translation>
    </message>
    <message>
        <source>&amp;Replay to…</source>
        <translation>Skicka &amp;om till…</translation>
    </message>
    <message>
        <source>Send the selected events, or all the table shows, again to a forward target or the receiver</source>
        <translation>Skicka de valda händelserna, eller alla som tabellen visar, igen till ett vidarebefordringsmål eller mottagaren</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Vainu Webhooks</source>
        <translation>Vainu Webhooks</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <source>&amp;Webhooks</source>
        <translation>&amp;Webhookar</translation>
    </message>
    <message>
        <source>Customer data</source>
        <translation>Kunddata</translation>
    </message>
    <message>
        <source>&amp;Customer data</source>
        <translation>&amp;Kunddata</translation>
    </message>
    <message>
        <source>The companies Vainu tracks for you will be listed here.</source>
        <translation>Företagen som Vainu bevakar åt dig listas här.</translation>
    </message>
    <message>
        <source>&amp;Live events</source>
        <translation>&amp;Live-händelser</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;About Vainu Webhooks</source>
        <translation>&amp;Om Vainu Webhooks</translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation>Aktiv profil</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Anslutning</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Ansluter…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Ansluten</translation>
    </message>
    <message>
        <source>Connected as %1</source>
        <translation>Ansluten som %1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>This window uses the profile &quot;%1&quot;.</source>
        <translation>Det här fönstret använder profilen ”%1”.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Ingen API-nyckel</translation>
    </message>
    <message>
        <source>Enter the API key…</source>
        <translation>Ange API-nyckeln…</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Business id</source>
        <translation>Org.nr</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Senaste 24 timmarna</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Senaste 7 dagarna</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Senaste 30 dagarna</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Hela historiken</translation>
    </message>
    <message>
        <source>Events over time</source>
        <translation>Händelser över tid</translation>
    </message>
    <message>
        <source>Changes by field</source>
        <translation>Ändringar per fält</translation>
    </message>
    <message>
        <source>Events by region</source>
        <translation>Händelser per region</translation>
    </message>
    <message>
        <source>Companies that changed most (double-click one to see its events)</source>
        <translation>Företag som ändrats mest (dubbelklicka på ett för att se dess händelser)</translation>
    </message>
    <message>
        <source>Companies that changed most</source>
        <translation>Företag som ändrats mest</translation>
    </message>
    <message>
        <source>Stale: an older state of a company that arrived after a newer one; it is kept but changes nothing.
Duplicate attempts: Vainu sent an event again (a retry); they are not counted as events.</source>
        <translation>Inaktuell: ett äldre tillstånd för ett företag som kom efter ett nyare; det sparas men ändrar ingenting.
Dubbletter: Vainu skickade en händelse igen (ett nytt försök); de räknas inte som händelser.</translation>
    </message>
    <message>
        <source>The event history could not be read.</source>
        <translation>Händelsehistoriken kunde inte läsas.</translation>
    </message>
    <message>
        <source>Changes by field: none in this range</source>
        <translation>Ändringar per fält: inga under perioden</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(ingen region)</translation>
    </message>
    <message>
        <source>Events per hour</source>
        <translation>Händelser per timme</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <comment>an hour on the Overview&apos;s time axis</comment>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>Events per day</source>
        <translation>Händelser per dag</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a day on the Overview&apos;s time axis</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Events per month</source>
        <translation>Händelser per månad</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>a month on the Overview&apos;s time axis</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Leveranser</translation>
    </message>
    <message>
        <source>Catch-up</source>
        <translation>Ikappkörning</translation>
    </message>
    <message>
        <source>Unrecognised</source>
        <translation>Okända</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Inaktuella</translation>
    </message>
    <message>
        <source>The overview could not be read: %1</source>
        <translation>Översikten kunde inte läsas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln händelse</numerusform>
            <numerusform>%Ln händelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stale</source>
        <translation>
            <numerusform>%Ln inaktuell</numerusform>
            <numerusform>%Ln inaktuella</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s) not counted</source>
        <translation>
            <numerusform>%Ln dubblett räknas inte</numerusform>
            <numerusform>%Ln dubbletter räknas inte</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to show the events of %1</source>
        <translation>Dubbelklicka för att visa händelserna för %1</translation>
    </message>
    <message>
        <source>Companies that changed most: none changed in this range</source>
        <translation>Företag som ändrats mest: inget ändrades under perioden</translation>
    </message>
    <message>
        <source>No events match the filters</source>
        <translation>Inga händelser matchar filtren</translation>
    </message>
    <message>
        <source>The charts count the events the filters let through. Clear the filters to count every event.</source>
        <translation>Diagrammen räknar de händelser som filtren släpper igenom. Rensa filtren för att räkna alla händelser.</translation>
    </message>
    <message>
        <source>No event of this range matches the filters. Clear the filters, or choose a longer range.</source>
        <translation>Ingen händelse under perioden matchar filtren. Rensa filtren eller välj en längre period.</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Rensa filtren</translation>
    </message>
    <message>
        <source>No events in this range</source>
        <translation>Inga händelser under perioden</translation>
    </message>
    <message>
        <source>Nothing arrived in this range. Show all time to see older events.</source>
        <translation>Inget kom under perioden. Visa hela historiken för att se äldre händelser.</translation>
    </message>
    <message>
        <source>Show all time</source>
        <translation>Visa hela historiken</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Inga händelser än</translation>
    </message>
    <message>
        <source>Once events arrive, this tab charts them: how many arrive per day and how, which fields and regions change most, and the companies that changed most. The Events tab says how to get deliveries.</source>
        <translation>När händelser kommer visar den här fliken dem i diagram: hur många som kommer per dag och hur, vilka fält och regioner som ändras mest och vilka företag som ändrats mest. Fliken Händelser beskriver hur du får leveranser.</translation>
    </message>
    <message>
        <source>Counting the events…</source>
        <translation>Räknar händelserna…</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Första dagen</translation>
    </message>
    <message>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Sista dagen</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Valda dagar</translation>
    </message>
    <message>
        <source>Changes by field: counting…</source>
        <translation>Ändringar per fält: räknas…</translation>
    </message>
    <message>
        <source>Events by region: counting…</source>
        <translation>Händelser per region: räknas…</translation>
    </message>
    <message>
        <source>Companies that changed most: counting…</source>
        <translation>Företag som ändrats mest: räknas…</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>The profile needs a name. Enter a name, for example &quot;Production&quot;.</source>
        <translation>Profilen behöver ett namn. Ange ett namn, till exempel ”Produktion”.</translation>
    </message>
    <message>
        <source>The profile needs a base URL, for example %1.</source>
        <translation>Profilen behöver en bas-URL, till exempel %1.</translation>
    </message>
    <message>
        <source>The base URL &quot;%1&quot; is not a full http or https address. Enter one like %2.</source>
        <translation>Bas-URL:en ”%1” är inte en fullständig http- eller https-adress. Ange en som %2.</translation>
    </message>
    <message>
        <source>The base URL &quot;%1&quot; must not have a query or fragment. Remove the part from &apos;?&apos; or &apos;#&apos; on.</source>
        <translation>Bas-URL:en ”%1” får inte ha en fråga eller ett fragment. Ta bort delen från ”?” eller ”#”.</translation>
    </message>
    <message>
        <source>The receiver needs an address to listen on. Enter 127.0.0.1 to accept deliveries from this computer only.</source>
        <translation>Mottagaren behöver en adress att lyssna på. Ange 127.0.0.1 för att bara ta emot leveranser från den här datorn.</translation>
    </message>
    <message>
        <source>The receiver&apos;s port must be between 1 and 65535.</source>
        <translation>Mottagarens port måste vara mellan 1 och 65535.</translation>
    </message>
    <message>
        <source>The receiver&apos;s path &quot;%1&quot; must start with &apos;/&apos;, for example /vainu/webhook.</source>
        <translation>Mottagarens sökväg ”%1” måste börja med ”/”, till exempel /vainu/webhook.</translation>
    </message>
    <message>
        <source>The receiver&apos;s path &quot;%1&quot; must not contain &apos;?&apos;, &apos;#&apos; or spaces.</source>
        <translation>Mottagarens sökväg ”%1” får inte innehålla ”?”, ”#” eller mellanslag.</translation>
    </message>
    <message>
        <source>The receiver&apos;s public URL &quot;%1&quot; is not a full http or https address. Enter one like https://example.com/vainu/webhook, or leave it empty.</source>
        <translation>Mottagarens publika URL ”%1” är inte en fullständig http- eller https-adress. Ange en som https://example.com/vainu/webhook, eller lämna den tom.</translation>
    </message>
    <message>
        <source>HTTPS needs both a certificate file and its key file. Choose both, or clear both for plain HTTP.</source>
        <translation>HTTPS kräver både en certifikatfil och dess nyckelfil. Välj båda, eller rensa båda för vanlig HTTP.</translation>
    </message>
</context>
<context>
    <name>ProfileFolders</name>
    <message>
        <source>There is no profile named &quot;%1&quot;; no profiles are set up yet.</source>
        <translation>Det finns ingen profil med namnet ”%1”; inga profiler har konfigurerats än.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. Profiles: %2.</source>
        <translation>Det finns ingen profil med namnet ”%1”. Profiler: %2.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The profiles could not be saved to %1. Check that the folder exists and is writable.</source>
        <translation>Profilerna kunde inte sparas i %1. Kontrollera att mappen finns och är skrivbar.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandlåda</translation>
    </message>
    <message>
        <source>Vainu</source>
        <translation>Vainu</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>En profil med namnet ”%1” finns redan. Välj ett annat namn.</translation>
    </message>
    <message>
        <source>A profile with this id already exists.</source>
        <translation>En profil med det här id:t finns redan.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; no longer exists.</source>
        <translation>Profilen ”%1” finns inte längre.</translation>
    </message>
    <message>
        <source>The profile to rename no longer exists.</source>
        <translation>Profilen som skulle byta namn finns inte längre.</translation>
    </message>
    <message>
        <source>The profile to remove no longer exists.</source>
        <translation>Profilen som skulle tas bort finns inte längre.</translation>
    </message>
    <message>
        <source>The last profile cannot be removed. Add another profile first.</source>
        <translation>Den sista profilen kan inte tas bort. Lägg till en annan profil först.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>profile name and a number making it unique</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>The profile in use: which server the app talks to</source>
        <translation>Profilen som används: vilken server appen pratar med</translation>
    </message>
    <message>
        <source>Built-in sandbox</source>
        <translation>Inbyggd sandlåda</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Användning: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[flaggor]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Flaggor:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argument:</translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation>Visar den här hjälpen.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Visar versionsinformation.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Okänd flagga ”%1”.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Okända flaggor: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Värde saknas efter ”%1”.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Oväntat värde efter ”%1”.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Återställ standardvärden</translation>
    </message>
</context>
<context>
    <name>ReceiverAddressCheck</name>
    <message>
        <source>&quot;%1&quot; is not an IP address. Enter one of this computer&apos;s addresses, 127.0.0.1 for this computer only, or 0.0.0.0 for all network interfaces.</source>
        <translation>”%1” är inte en IP-adress. Ange en av den här datorns adresser, 127.0.0.1 för endast den här datorn, eller 0.0.0.0 för alla nätverksgränssnitt.</translation>
    </message>
    <message>
        <source>%1 is not an address of this computer, so the receiver cannot listen on it. Choose &quot;This computer only&quot; or &quot;All network interfaces&quot;.</source>
        <translation>%1 är inte en adress på den här datorn, så mottagaren kan inte lyssna på den. Välj ”Endast den här datorn” eller ”Alla nätverksgränssnitt”.</translation>
    </message>
    <message>
        <source>%1 is not an address of this computer, so the receiver cannot listen on it. Choose one of its addresses (%2), or &quot;All network interfaces&quot;.</source>
        <translation>%1 är inte en adress på den här datorn, så mottagaren kan inte lyssna på den. Välj en av dess adresser (%2), eller ”Alla nätverksgränssnitt”.</translation>
    </message>
    <message>
        <source>Port %1 needs administrator rights on this system. Choose a port above 1023, for example 8787.</source>
        <translation>Port %1 kräver administratörsrättigheter på det här systemet. Välj en port över 1023, till exempel 8787.</translation>
    </message>
    <message>
        <source>The receiver cannot listen on port %1 of %2. Choose another port.</source>
        <translation>Mottagaren kan inte lyssna på port %1 på %2. Välj en annan port.</translation>
    </message>
    <message>
        <source>Port %1 on %2 is already in use by another program. Choose another port, or stop that program.</source>
        <translation>Port %1 på %2 används redan av ett annat program. Välj en annan port, eller stoppa det programmet.</translation>
    </message>
    <message>
        <source>Port %1 on %2 is already in use by another program. Choose another port (%3 is free), or stop that program.</source>
        <translation>Port %1 på %2 används redan av ett annat program. Välj en annan port (%3 är ledig), eller stoppa det programmet.</translation>
    </message>
</context>
<context>
    <name>ReceiverCheck</name>
    <message>
        <source>no public URL is set.</source>
        <translation>ingen publik URL är angiven.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL.</source>
        <translation>”%1” är inte en http(s)-URL.</translation>
    </message>
    <message>
        <source>host %1 not found</source>
        <translation>värden %1 hittades inte</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n seconds</source>
        <translation>
            <numerusform>inget svar inom %n sekund</numerusform>
            <numerusform>inget svar inom %n sekunder</numerusform>
        </translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ingen orsak angiven</translation>
    </message>
    <message>
        <source>server &quot;%1&quot;</source>
        <translation>server ”%1”</translation>
    </message>
</context>
<context>
    <name>ReceiverCheckResult</name>
    <message>
        <source>The test delivery went through the public URL and arrived at this receiver (event %1).</source>
        <translation>Testleveransen gick via den publika URL:en och kom fram till den här mottagaren (händelse %1).</translation>
    </message>
    <message>
        <source>The public URL is not usable: %1 Give an absolute http(s) address such as https://example.ngrok-free.app/vainu/webhook.</source>
        <translation>Den publika URL:en går inte att använda: %1 Ange en absolut http(s)-adress, till exempel https://example.ngrok-free.app/vainu/webhook.</translation>
    </message>
    <message>
        <source>DNS: the host name of the public URL does not resolve (%1). Check the address, or start the tunnel that gives it.</source>
        <translation>DNS: värdnamnet i den publika URL:en kan inte slås upp (%1). Kontrollera adressen, eller starta tunneln som ger den.</translation>
    </message>
    <message>
        <source>TCP: nothing accepted the connection to the public URL (%1). Check that the tunnel or server runs and that its port is open.</source>
        <translation>TCP: ingenting tog emot anslutningen till den publika URL:en (%1). Kontrollera att tunneln eller servern körs och att dess port är öppen.</translation>
    </message>
    <message>
        <source>TLS: the HTTPS handshake with the public URL failed (%1). The certificate must be valid for the host name and issued by a trusted authority.</source>
        <translation>TLS: HTTPS-handskakningen med den publika URL:en misslyckades (%1). Certifikatet måste gälla värdnamnet och vara utfärdat av en betrodd utfärdare.</translation>
    </message>
    <message>
        <source>HTTP: something other than this receiver answered the public URL with HTTP %1 (%2). The tunnel or proxy runs but does not forward to the receiver&apos;s port, or the receiver is stopped.</source>
        <translation>HTTP: något annat än den här mottagaren svarade på den publika URL:en med HTTP %1 (%2). Tunneln eller proxyn körs men vidarebefordrar inte till mottagarens port, eller så är mottagaren stoppad.</translation>
    </message>
    <message>
        <source>Secret: the receiver refused the test delivery&apos;s secret (HTTP %1). Subscribe again so Vainu and the receiver share the current secret.</source>
        <translation>Hemlighet: mottagaren avvisade testleveransens hemlighet (HTTP %1). Prenumerera igen så att Vainu och mottagaren delar den nuvarande hemligheten.</translation>
    </message>
    <message>
        <source>The receiver answered HTTP %1: %2 Check the path of the public URL.</source>
        <translation>Mottagaren svarade HTTP %1: %2 Kontrollera sökvägen i den publika URL:en.</translation>
    </message>
    <message>
        <source>A Vainu Webhooks receiver accepted the test delivery, but it did not arrive in this receiver&apos;s history: the public URL leads to another receiver (another computer or profile).</source>
        <translation>En Vainu Webhooks-mottagare tog emot testleveransen, men den kom inte in i den här mottagarens historik: den publika URL:en leder till en annan mottagare (en annan dator eller profil).</translation>
    </message>
</context>
<context>
    <name>ReceiverCommand</name>
    <message>
        <source>No profile is set up yet. Start the app once, or use --base-url, --data-dir and --public-url.</source>
        <translation>Ingen profil har konfigurerats än. Starta appen en gång, eller använd --base-url, --data-dir och --public-url.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Det finns ingen profil med namnet ”%1”.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Visa den här hjälpen.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Skriv ut resultatet som JSON.</translation>
    </message>
    <message>
        <source>The address Vainu reaches the receiver at (default: the profile&apos;s public URL).</source>
        <translation>Adressen där Vainu når mottagaren (standard: profilens publika URL).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Use the profile with this name.</source>
        <translation>Använd profilen med det här namnet.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMN</translation>
    </message>
    <message>
        <source>Use this API address, e.g. https://api.vainu.io/api/v2/.</source>
        <translation>Använd den här API-adressen, t.ex. https://api.vainu.io/api/v2/.</translation>
    </message>
    <message>
        <source>check: the folder of the receiver&apos;s event database (default: the profile&apos;s own).</source>
        <translation>check: mappen för mottagarens händelsedatabas (standard: profilens egen).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>mapp</translation>
    </message>
    <message>
        <source>subscribe: delete the other webhooks that deliver to the same URL, once the new one exists.</source>
        <translation>subscribe: ta bort de andra webhookarna som levererar till samma URL, när den nya finns.</translation>
    </message>
    <message>
        <source>The command group.</source>
        <translation>Kommandogruppen.</translation>
    </message>
    <message>
        <source>check, status or subscribe.</source>
        <translation>check, status eller subscribe.</translation>
    </message>
    <message>
        <source>Run &quot;%1 receiver --help&quot; for help.</source>
        <translation>Kör ”%1 receiver --help” för hjälp.</translation>
    </message>
    <message>
        <source>Name a command: check, status or subscribe.</source>
        <translation>Ange ett kommando: check, status eller subscribe.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: use check, status or subscribe.</source>
        <translation>Okänt kommando ”%1”: använd check, status eller subscribe.</translation>
    </message>
    <message>
        <source>receiver %1 takes no arguments besides its options.</source>
        <translation>receiver %1 tar inga argument utöver sina flaggor.</translation>
    </message>
    <message>
        <source>Use either --profile or --base-url, not both.</source>
        <translation>Använd antingen --profile eller --base-url, inte båda.</translation>
    </message>
    <message>
        <source>--replace is only for subscribe.</source>
        <translation>--replace är bara för subscribe.</translation>
    </message>
    <message>
        <source>--public-url must be an absolute http:// or https:// address, not &quot;%1&quot;.</source>
        <translation>--public-url måste vara en absolut http://- eller https://-adress, inte ”%1”.</translation>
    </message>
    <message>
        <source>The receiver secret of the profile &quot;%1&quot; could not be read from the keychain: %2 Set %3 instead.</source>
        <translation>Mottagarhemligheten för profilen ”%1” kunde inte läsas från nyckelringen: %2 Ange %3 i stället.</translation>
    </message>
    <message>
        <source>No public URL to check: give --public-url URL, or set the profile&apos;s public URL in the app&apos;s receiver settings.</source>
        <translation>Ingen publik URL att kontrollera: ange --public-url URL, eller ange profilens publika URL i appens mottagarinställningar.</translation>
    </message>
    <message>
        <source>No event database in &quot;%1&quot;: the receiver has not run there yet. Start it (the app or --headless), or point --data-dir at its folder.</source>
        <translation>Ingen händelsedatabas i ”%1”: mottagaren har inte körts där än. Starta den (appen eller --headless), eller peka --data-dir på dess mapp.</translation>
    </message>
    <message>
        <source>Failed hop: %1</source>
        <translation>Misslyckat steg: %1</translation>
    </message>
    <message>
        <source>Local URL:  %1 (%2)</source>
        <translation>Lokal URL:  %1 (%2)</translation>
    </message>
    <message>
        <source>the receiver answers</source>
        <translation>mottagaren svarar</translation>
    </message>
    <message>
        <source>nothing listens there now</source>
        <translation>ingenting lyssnar där nu</translation>
    </message>
    <message>
        <source>Public URL: %1</source>
        <translation>Publik URL: %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>inte angiven</translation>
    </message>
    <message>
        <source>Subscribed: webhook %1 delivers to %2 with the current secret.</source>
        <translation>Prenumererad: webhook %1 levererar till %2 med den nuvarande hemligheten.</translation>
    </message>
    <message>
        <source>Not subscribed: no webhook delivers to %1.</source>
        <translation>Inte prenumererad: ingen webhook levererar till %1.</translation>
    </message>
    <message numerus="yes">
        <source>Not subscribed with the current secret: %n webhook(s) deliver to %1 with another secret; subscribe again.</source>
        <translation>
            <numerusform>Inte prenumererad med den nuvarande hemligheten: %n webhook levererar till %1 med en annan hemlighet; prenumerera igen.</numerusform>
            <numerusform>Inte prenumererad med den nuvarande hemligheten: %n webhookar levererar till %1 med en annan hemlighet; prenumerera igen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whether a webhook delivers here is unknown: %1</source>
        <translation>Okänt om någon webhook levererar hit: %1</translation>
    </message>
    <message>
        <source>No public URL to subscribe: give --public-url URL (the address of a tunnel or server that forwards to the receiver).</source>
        <translation>Ingen publik URL att prenumerera med: ange --public-url URL (adressen till en tunnel eller server som vidarebefordrar till mottagaren).</translation>
    </message>
    <message>
        <source>%1 The webhook was not created (it is not in the list), so it is safe to run the command again.</source>
        <translation>%1 Webhooken skapades inte (den finns inte i listan), så det är säkert att köra kommandot igen.</translation>
    </message>
    <message>
        <source>The webhook could not be created: %1</source>
        <translation>Webhooken kunde inte skapas: %1</translation>
    </message>
    <message>
        <source>Vainu&apos;s answer was lost, but the webhook was created: it is in the list with id %1.</source>
        <translation>Vainus svar försvann, men webhooken skapades: den finns i listan med id %1.</translation>
    </message>
    <message>
        <source>The public URL could not be kept in the profile: %1</source>
        <translation>Den publika URL:en kunde inte sparas i profilen: %1</translation>
    </message>
    <message>
        <source>The webhook %1 was created, but its secret could not be kept in the keychain: %2 Delete it (webhooks delete %1) and try again once the keychain works.</source>
        <translation>Webhooken %1 skapades, men dess hemlighet kunde inte sparas i nyckelringen: %2 Ta bort den (webhooks delete %1) och försök igen när nyckelringen fungerar.</translation>
    </message>
    <message>
        <source>Webhook %1 was not deleted: %2</source>
        <translation>Webhook %1 togs inte bort: %2</translation>
    </message>
    <message>
        <source>Subscribed: webhook %1 delivers to %2 with a fresh secret.</source>
        <translation>Prenumererad: webhook %1 levererar till %2 med en ny hemlighet.</translation>
    </message>
    <message>
        <source>Start the receiver with this secret: %1=%2 vainu-webhooks --headless</source>
        <translation>Starta mottagaren med den här hemligheten: %1=%2 vainu-webhooks --headless</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n older webhook(s) that delivered to the same URL.</source>
        <translation>
            <numerusform>Ersatte %n äldre webhook som levererade till samma URL.</numerusform>
            <numerusform>Ersatte %n äldre webhookar som levererade till samma URL.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks that Vainu can reach the receiver, and subscribes it.

Commands:
  receiver check [--public-url URL]     post a test delivery to the public URL and wait for it to
                                        arrive; exit 0 when it did, 1 with the hop that failed
  receiver status [--json]              the local URL, the public URL, whether the receiver runs and
                                        whether a webhook delivers to it with the current secret
  receiver subscribe [--public-url URL] create a webhook to the public URL with a fresh secret
  receiver subscribe --tunnel           the same, to the address of the ngrok or cloudflared tunnel
                                        that forwards to the receiver&apos;s port

The profile is the active one or --profile NAME (its public URL, receiver settings, secret and event
history); --base-url URL with the key in %1 talks to another API, --data-dir DIR names the history.
The receiver&apos;s secret is %2 when set, else the profile&apos;s, from the keychain.

Exit codes: 0 success, 1 a failed check, an API, network or storage error, 2 usage error.</source>
        <translation>Kontrollerar att Vainu kan nå mottagaren, och prenumererar med den.

Kommandon:
  receiver check [--public-url URL]     skicka en testleverans till den publika URL:en och vänta tills
                                        den kommer fram; slutkod 0 om den kom, annars 1 och felande steg
  receiver status [--json]              lokal URL, publik URL, om mottagaren körs och om en webhook
                                        levererar till den med den nuvarande hemligheten
  receiver subscribe [--public-url URL] skapa en webhook till den publika URL:en med en ny hemlighet
  receiver subscribe --tunnel           samma sak, till adressen för den ngrok- eller cloudflared-tunnel
                                        som vidarebefordrar till mottagarens port

Profilen är den aktiva eller --profile NAMN (dess publika URL, mottagarinställningar, hemlighet och
händelsehistorik); --base-url URL med nyckeln i %1 pratar med ett annat API, --data-dir MAPP anger
historiken. Mottagarens hemlighet tas från %2 om den är satt, annars profilens, från nyckelringen.

Slutkoder: 0 lyckades, 1 en misslyckad kontroll, ett API-, nätverks- eller lagringsfel, 2 användningsfel.</translation>
    </message>
    <message>
        <source>Use the address of the running ngrok or cloudflared tunnel that forwards to the receiver&apos;s port.</source>
        <translation>Använd adressen till den ngrok- eller cloudflared-tunnel som körs och vidarebefordrar till mottagarens port.</translation>
    </message>
    <message>
        <source>--tunnel: the ngrok agent&apos;s local API (default: %1).</source>
        <translation>--tunnel: ngrok-agentens lokala API (standard: %1).</translation>
    </message>
    <message>
        <source>--tunnel: cloudflared&apos;s metrics address (default: 127.0.0.1, ports 20241 to 20245).</source>
        <translation>--tunnel: cloudflareds metrikadress (standard: 127.0.0.1, portarna 20241–20245).</translation>
    </message>
    <message>
        <source>Use either --public-url or --tunnel, not both.</source>
        <translation>Använd antingen --public-url eller --tunnel, inte båda.</translation>
    </message>
    <message>
        <source>A tunnel runs, but none forwards to port %1. Start one for it (for example &quot;cloudflared tunnel --url http://127.0.0.1:%1&quot;), or give --public-url.</source>
        <translation>En tunnel körs, men ingen vidarebefordrar till port %1. Starta en för den (till exempel &quot;cloudflared tunnel --url http://127.0.0.1:%1&quot;) eller ange --public-url.</translation>
    </message>
    <message>
        <source>No ngrok or cloudflared tunnel is running. Start one for port %1 (for example &quot;cloudflared tunnel --url http://127.0.0.1:%1&quot;), or give --public-url.</source>
        <translation>Ingen ngrok- eller cloudflared-tunnel körs. Starta en för port %1 (till exempel &quot;cloudflared tunnel --url http://127.0.0.1:%1&quot;) eller ange --public-url.</translation>
    </message>
    <message>
        <source>Using the tunnel&apos;s address: %1</source>
        <translation>Använder tunnelns adress: %1</translation>
    </message>
</context>
<context>
    <name>ReceiverPanel</name>
    <message>
        <source>Receiver</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>Subscribe this receiver…</source>
        <translation>Prenumerera med den här mottagaren…</translation>
    </message>
    <message>
        <source>Receiver URL</source>
        <translation>Mottagarens URL</translation>
    </message>
    <message>
        <source>The address deliveries go to, without the secret.</source>
        <translation>Adressen som leveranserna går till, utan hemligheten.</translation>
    </message>
    <message>
        <source>Copy the receiver URL</source>
        <translation>Kopiera mottagarens URL</translation>
    </message>
    <message>
        <source>No receiver</source>
        <translation>Ingen mottagare</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppa</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starta</translation>
    </message>
    <message>
        <source>● Listening</source>
        <translation>● Lyssnar</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startar…</translation>
    </message>
    <message>
        <source>● Not running</source>
        <translation>● Körs inte</translation>
    </message>
    <message>
        <source>○ Stopped</source>
        <translation>○ Stoppad</translation>
    </message>
    <message>
        <source>reading the keychain…</source>
        <translation>läser nyckelringen…</translation>
    </message>
    <message>
        <source>set (kept in the keychain)</source>
        <translation>angiven (sparad i nyckelringen)</translation>
    </message>
    <message>
        <source>not set: any delivery to the path is taken</source>
        <translation>inte angiven: alla leveranser till sökvägen tas emot</translation>
    </message>
    <message>
        <source>Address %1 · port %2 · path %3 · secret %4</source>
        <translation>Adress %1 · port %2 · sökväg %3 · hemlighet %4</translation>
    </message>
    <message>
        <source>Today %1 · duplicates %2 · stale %3 · rejected %4 · all %5</source>
        <translation>I dag %1 · dubbletter %2 · inaktuella %3 · avvisade %4 · alla %5</translation>
    </message>
    <message>
        <source>Catch-up progress</source>
        <translation>Ikapp-körningens förlopp</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Catch &amp;up now</source>
        <translation>Kom &amp;ikapp nu</translation>
    </message>
    <message>
        <source>Compare every company of the history with Vainu&apos;s current data and record the changes missed while the receiver was not running.</source>
        <translation>Jämför varje företag i historiken med Vainus aktuella data och spara ändringar som missades medan mottagaren inte var igång.</translation>
    </message>
    <message>
        <source>Catching up on the changes missed while the receiver was stopped…</source>
        <translation>Kommer ikapp med ändringar som missades medan mottagaren var stoppad…</translation>
    </message>
    <message>
        <source>Catching up needs the profile&apos;s API key.</source>
        <translation>Ikapp-körningen behöver profilens API-nyckel.</translation>
    </message>
    <message>
        <source>Missed changes are looked for each time the receiver starts.</source>
        <translation>Missade ändringar söks varje gång mottagaren startar.</translation>
    </message>
    <message>
        <source>Caught up at %1: %2 compared, %3 found.</source>
        <translation>Ikapp kl. %1: %2 jämförda, %3 hittade.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln companies</source>
        <translation>
            <numerusform>%Ln företag</numerusform>
            <numerusform>%Ln företag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes</source>
        <translation>
            <numerusform>%Ln ändring</numerusform>
            <numerusform>%Ln ändringar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not in Vainu&apos;s data any more.</source>
        <translation>
            <numerusform>%Ln finns inte längre i Vainus data.</numerusform>
            <numerusform>%Ln finns inte längre i Vainus data.</numerusform>
        </translation>
    </message>
    <message>
        <source>Catching up was cancelled at %1; nothing was recorded.</source>
        <translation>Ikapp-körningen avbröts kl. %1; inget sparades.</translation>
    </message>
    <message>
        <source>Catching up failed at %1; nothing was recorded. %2</source>
        <translation>Ikapp-körningen misslyckades kl. %1; inget sparades. %2</translation>
    </message>
    <message>
        <source>Catching up: %1 of %2 companies compared…</source>
        <translation>Kommer ikapp: %1 av %2 företag jämförda…</translation>
    </message>
    <message>
        <source>Set the public URL…</source>
        <translation>Ange den publika URL:en…</translation>
    </message>
    <message>
        <source>Open Settings &gt; Receiver for this profile</source>
        <translation>Öppna Inställningar &gt; Mottagare för den här profilen</translation>
    </message>
    <message>
        <source>&amp;Test the public URL</source>
        <translation>&amp;Testa den publika URL:en</translation>
    </message>
    <message>
        <source>Post a test delivery to the public URL and check that it arrives at this receiver.</source>
        <translation>Skicka en testleverans till den publika URL:en och kontrollera att den kommer fram till den här mottagaren.</translation>
    </message>
    <message>
        <source>Post a test delivery to %1 and check that it arrives at this receiver.</source>
        <translation>Skicka en testleverans till %1 och kontrollera att den kommer fram till den här mottagaren.</translation>
    </message>
    <message>
        <source>Start the receiver first: the test delivery must arrive at it.</source>
        <translation>Starta mottagaren först: testleveransen måste komma fram till den.</translation>
    </message>
    <message>
        <source>Vainu cannot reach %1. Next: set a public URL in Settings &gt; Receiver, or start a tunnel to port %2; then subscribe this receiver and test it.</source>
        <translation>Vainu kan inte nå %1. Nästa steg: ange en publik URL under Inställningar &gt; Mottagare, eller starta en tunnel till port %2; prenumerera sedan med den här mottagaren och testa den.</translation>
    </message>
    <message>
        <source>Sending a test delivery to %1…</source>
        <translation>Skickar en testleverans till %1…</translation>
    </message>
    <message>
        <source>Events received per minute, last hour</source>
        <translation>Mottagna händelser per minut, senaste timmen</translation>
    </message>
    <message>
        <source>%1/min</source>
        <comment>events received in the current minute</comment>
        <translation>%1/min</translation>
    </message>
</context>
<context>
    <name>ReceiverSettings</name>
    <message>
        <source>The listening address is not a valid IP address. Use 127.0.0.1 for this machine only.</source>
        <translation>Lyssningsadressen är inte en giltig IP-adress. Använd 127.0.0.1 för endast den här datorn.</translation>
    </message>
    <message>
        <source>The receiver path &quot;%1&quot; is not valid. Use a path such as %2: segments of letters, digits, &apos;-&apos; and &apos;_&apos; separated by &apos;/&apos;.</source>
        <translation>Mottagarens sökväg ”%1” är inte giltig. Använd en sökväg som %2: segment av bokstäver, siffror, ”-” och ”_” åtskilda med ”/”.</translation>
    </message>
    <message>
        <source>The name of the secret&apos;s query parameter is empty.</source>
        <translation>Namnet på hemlighetens frågeparameter är tomt.</translation>
    </message>
    <message>
        <source>The receiver&apos;s size limits are too small to accept a delivery.</source>
        <translation>Mottagarens storleksgränser är för små för att ta emot en leverans.</translation>
    </message>
    <message>
        <source>The receiver&apos;s timeouts must be at least 100 ms.</source>
        <translation>Mottagarens tidsgränser måste vara minst 100 ms.</translation>
    </message>
    <message>
        <source>The receiver must accept at least one connection.</source>
        <translation>Mottagaren måste ta emot minst en anslutning.</translation>
    </message>
    <message>
        <source>A TLS private key file is set but no certificate file: HTTPS needs both.</source>
        <translation>En fil med privat TLS-nyckel är angiven men ingen certifikatfil: HTTPS kräver båda.</translation>
    </message>
    <message>
        <source>A TLS certificate file is set but no private key file: HTTPS needs both.</source>
        <translation>En TLS-certifikatfil är angiven men ingen fil med privat nyckel: HTTPS kräver båda.</translation>
    </message>
</context>
<context>
    <name>ReceiverSubscription</name>
    <message>
        <source>Enter the public http:// or https:// address that reaches this receiver, for example the address of a tunnel to port %1.</source>
        <translation>Ange den publika http://- eller https://-adressen som når den här mottagaren, till exempel adressen till en tunnel till port %1.</translation>
    </message>
    <message>
        <source>The webhook could not be created: %1</source>
        <translation>Webhooken kunde inte skapas: %1</translation>
    </message>
    <message>
        <source>The webhook was created, but the secret could not be kept in the keychain: %1</source>
        <translation>Webhooken skapades, men hemligheten kunde inte sparas i nyckelringen: %1</translation>
    </message>
    <message>
        <source>The webhook could not be created: %1 It is not in Vainu&apos;s list, so it is safe to try again.</source>
        <translation>Webhooken kunde inte skapas: %1 Den finns inte i Vainus lista, så det är säkert att försöka igen.</translation>
    </message>
    <message>
        <source>This receiver has no secret yet: &quot;Subscribe this receiver&quot; on the Live events page creates one.</source>
        <translation>Den här mottagaren har ingen hemlighet än: ”Prenumerera med den här mottagaren” på sidan Live-händelser skapar en.</translation>
    </message>
    <message>
        <source>The webhooks could not be listed, so nothing was changed: %1</source>
        <translation>Webhookarna kunde inte listas, så ingenting ändrades: %1</translation>
    </message>
    <message>
        <source>Another profile was chosen while the secret was being rotated, so it was not changed.</source>
        <translation>En annan profil valdes medan hemligheten byttes, så den byttes inte.</translation>
    </message>
    <message>
        <source>The new secret is in use, but the keychain could not keep it: %1</source>
        <translation>Den nya hemligheten används, men nyckelringen kunde inte spara den: %1</translation>
    </message>
    <message>
        <source>The new webhook could not be created, so the secret was not changed: %1</source>
        <translation>Den nya webhooken kunde inte skapas, så hemligheten byttes inte: %1</translation>
    </message>
    <message>
        <source>Delete the webhook %1 too: it was made for the new secret and could not be removed.</source>
        <translation>Ta också bort webhooken %1: den skapades för den nya hemligheten och kunde inte tas bort.</translation>
    </message>
    <message numerus="yes">
        <source>The old webhook could not be deleted: delete %n webhook(s) with the old secret yourself (id %1) on the Webhooks page.</source>
        <translation>
            <numerusform>Den gamla webhooken kunde inte tas bort: ta själv bort webhooken med den gamla hemligheten (id %1) på sidan Webhookar.</numerusform>
            <numerusform>De gamla webhookarna kunde inte tas bort: ta själv bort %n webhookar med den gamla hemligheten (id %1) på sidan Webhookar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiverWorker</name>
    <message>
        <source>Not allowed to listen on port %1 on %2. Ports below 1024 need administrator rights; choose a port above 1024.</source>
        <translation>Det är inte tillåtet att lyssna på port %1 på %2. Portar under 1024 kräver administratörsrättigheter; välj en port över 1024.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3. Check the address (127.0.0.1 for this machine only).</source>
        <translation>Det går inte att lyssna på %1 port %2: %3. Kontrollera adressen (127.0.0.1 för endast den här datorn).</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Hittades inte.</translation>
    </message>
    <message>
        <source>The delivery could not be stored; try again later.</source>
        <translation>Leveransen kunde inte lagras; försök igen senare.</translation>
    </message>
    <message>
        <source>The body is not JSON: %1</source>
        <translation>Innehållet är inte JSON: %1</translation>
    </message>
    <message>
        <source>Port %1 on %2 is already in use: another program uses it. Stop that program, or run the receiver on another port with --port (for example --port %3).</source>
        <translation>Port %1 på %2 används redan av ett annat program. Stoppa det programmet, eller kör mottagaren på en annan port med --port (till exempel --port %3).</translation>
    </message>
    <message>
        <source>HTTPS is not available: the TLS library (OpenSSL) could not be loaded.</source>
        <translation>HTTPS är inte tillgängligt: TLS-biblioteket (OpenSSL) kunde inte läsas in.</translation>
    </message>
    <message>
        <source>The receiver cannot serve HTTPS: %1</source>
        <translation>Mottagaren kan inte servera HTTPS: %1</translation>
    </message>
</context>
<context>
    <name>ReplayDialog</name>
    <message>
        <source>Replay events</source>
        <translation>Skicka om händelser</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>Skicka &amp;till:</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>Skicka &amp;om</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>The selected events (%1)</source>
        <translation>De valda händelserna (%1)</translation>
    </message>
    <message>
        <source>All the events the page shows, its filter applied (%1)</source>
        <translation>Alla händelser sidan visar, med filtret (%1)</translation>
    </message>
    <message>
        <source>Each event is sent once, in arrival order, as it was received.</source>
        <translation>Varje händelse skickas en gång, i ankomstordning, som den togs emot.</translation>
    </message>
    <message>
        <source>Nothing was sent: no event store is open.</source>
        <translation>Inget skickades: ingen händelselagring är öppen.</translation>
    </message>
    <message numerus="yes">
        <source>Replaying %n events…</source>
        <translation>
            <numerusform>Skickar om %n händelse…</numerusform>
            <numerusform>Skickar om %n händelser…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Hittades inte</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Levererad</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckades</translation>
    </message>
    <message>
        <source>The event is no longer in the store.</source>
        <translation>Händelsen finns inte längre i lagringen.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Inget skickades: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>%n levererad</numerusform>
            <numerusform>%n levererade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n misslyckad</numerusform>
            <numerusform>%n misslyckade</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation>Avbrutet: %1.</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Klart: %1.</translation>
    </message>
    <message>
        <source>Business id</source>
        <translation>Org.nr</translation>
    </message>
</context>
<context>
    <name>ReplayWorker</name>
    <message>
        <source>There is no event %1.</source>
        <translation>Det finns ingen händelse %1.</translation>
    </message>
</context>
<context>
    <name>RequestBuilder</name>
    <message>
        <source>No API address is set. Enter the Vainu API address in Settings.</source>
        <translation>Ingen API-adress är angiven. Ange Vainus API-adress i Inställningar.</translation>
    </message>
    <message>
        <source>The API address &quot;%1&quot; is not a valid URL. Check it in Settings.</source>
        <translation>API-adressen ”%1” är inte en giltig URL. Kontrollera den i Inställningar.</translation>
    </message>
    <message>
        <source>The API address &quot;%1&quot; must start with https:// or http://. Check it in Settings.</source>
        <translation>API-adressen ”%1” måste börja med https:// eller http://. Kontrollera den i Inställningar.</translation>
    </message>
</context>
<context>
    <name>RequestValidator</name>
    <message>
        <source>No webhook receiver at %1. Deliveries go to %2.</source>
        <translation>Ingen webhook-mottagare på %1. Leveranserna går till %2.</translation>
    </message>
    <message>
        <source>Method %1 is not allowed here; Vainu delivers with POST.</source>
        <translation>Metoden %1 är inte tillåten här; Vainu levererar med POST.</translation>
    </message>
    <message>
        <source>The secret is missing from the query (parameter &quot;%1&quot;). Subscribe the webhook again with the receiver&apos;s current URL.</source>
        <translation>Hemligheten saknas i frågan (parametern ”%1”). Prenumerera webhooken igen med mottagarens nuvarande URL.</translation>
    </message>
    <message>
        <source>The secret in the query is wrong. Subscribe the webhook again with the receiver&apos;s current URL.</source>
        <translation>Hemligheten i frågan är fel. Prenumerera webhooken igen med mottagarens nuvarande URL.</translation>
    </message>
    <message>
        <source>Chunked request bodies are not accepted; send the body with a Content-Length header.</source>
        <translation>Chunkade begärandeinnehåll godtas inte; skicka innehållet med ett Content-Length-huvud.</translation>
    </message>
    <message>
        <source>The request has no Content-Length header.</source>
        <translation>Begäran saknar ett Content-Length-huvud.</translation>
    </message>
    <message>
        <source>The body has %1 bytes; the limit is %2 bytes.</source>
        <translation>Innehållet har %1 byte; gränsen är %2 byte.</translation>
    </message>
</context>
<context>
    <name>SandboxControl</name>
    <message>
        <source>The built-in sandbox is not running.</source>
        <translation>Den inbyggda sandlådan körs inte.</translation>
    </message>
    <message>
        <source>The sandbox did not take the request: %1</source>
        <translation>Sandlådan tog inte emot begäran: %1</translation>
    </message>
</context>
<context>
    <name>SandboxMain</name>
    <message>
        <source>Local emulator of Vainu&apos;s API v2: webhooks, customer data, company lists, Get Companies, deliveries with retries and a /_sandbox/ control surface.</source>
        <translation>Lokal emulator av Vainus API v2: webhookar, kunddata, företagslistor, Get Companies, leveranser med nya försök och styrvägar under /_sandbox/.</translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one (default 8700).</source>
        <translation>Port att lyssna på; 0 väljer en ledig (standard 8700).</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Adress att lyssna på (standard 127.0.0.1).</translation>
    </message>
    <message>
        <source>Keep the state in this JSON file across restarts.</source>
        <translation>Behåll tillståndet i den här JSON-filen mellan omstarter.</translation>
    </message>
    <message>
        <source>Seed of the demo data set (default 1).</source>
        <translation>Fröet för demodata (standard 1).</translation>
    </message>
    <message>
        <source>Accept this API key for this user; repeatable.</source>
        <translation>Godta den här API-nyckeln för den här användaren; kan upprepas.</translation>
    </message>
    <message>
        <source>The demo account&apos;s API key.</source>
        <translation>Demokontots API-nyckel.</translation>
    </message>
    <message>
        <source>Delivery retry delays in milliseconds (default 1000,5000,30000,120000,600000).</source>
        <translation>Fördröjningar mellan leveransförsök i millisekunder (standard 1000,5000,30000,120000,600000).</translation>
    </message>
    <message>
        <source>Delivery timeout in milliseconds (default 10000).</source>
        <translation>Tidsgräns för en leverans i millisekunder (standard 10000).</translation>
    </message>
    <message>
        <source>URL of the demo account&apos;s webhook (default http://127.0.0.1:8787/vainu/webhook).</source>
        <translation>URL för demokontots webhook (standard http://127.0.0.1:8787/vainu/webhook).</translation>
    </message>
    <message>
        <source>Query of the demo webhook (default ?source=sandbox).</source>
        <translation>Frågedel för demowebhooken (standard ?source=sandbox).</translation>
    </message>
    <message>
        <source>--port wants a number from 0 to 65535, got &quot;%1&quot;.</source>
        <translation>--port vill ha ett tal från 0 till 65535, fick ”%1”.</translation>
    </message>
    <message>
        <source>--bind wants an IP address such as 127.0.0.1, got &quot;%1&quot;.</source>
        <translation>--bind vill ha en IP-adress som 127.0.0.1, fick ”%1”.</translation>
    </message>
    <message>
        <source>--seed wants a non-negative whole number, got &quot;%1&quot;.</source>
        <translation>--seed vill ha ett icke-negativt heltal, fick ”%1”.</translation>
    </message>
    <message>
        <source>--key wants KEY=USERNAME, e.g. --key secret123=me@example.com, got &quot;%1&quot;.</source>
        <translation>--key vill ha NYCKEL=ANVÄNDARE, t.ex. --key secret123=me@example.com, fick ”%1”.</translation>
    </message>
    <message>
        <source>--retry-delays wants milliseconds separated by commas, e.g. 50,100,200.</source>
        <translation>--retry-delays vill ha millisekunder åtskilda med kommatecken, t.ex. 50,100,200.</translation>
    </message>
    <message>
        <source>--delivery-timeout wants a number of milliseconds above 0.</source>
        <translation>--delivery-timeout vill ha ett antal millisekunder större än 0.</translation>
    </message>
    <message>
        <source>Vainu sandbox listening on %1  API key: %2</source>
        <translation>Vainu-sandlådan lyssnar på %1  API-nyckel: %2</translation>
    </message>
    <message>
        <source>Control routes: %1  (see docs/sandbox.md)</source>
        <translation>Styrvägar: %1  (se docs/sandbox.md)</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>The sandbox state file is not usable: %1. Fix it or delete it to start from the seed.</source>
        <translation>Sandlådans tillståndsfil kan inte användas: %1. Rätta den eller ta bort den för att börja från fröet.</translation>
    </message>
    <message>
        <source>Cannot write the sandbox state file %1: %2</source>
        <translation>Det går inte att skriva sandlådans tillståndsfil %1: %2</translation>
    </message>
    <message>
        <source>The sandbox is already running.</source>
        <translation>Sandlådan körs redan.</translation>
    </message>
    <message>
        <source>The sandbox cannot listen on %1 port %2: %3</source>
        <translation>Sandlådan kan inte lyssna på %1 port %2: %3</translation>
    </message>
</context>
<context>
    <name>SandboxThread</name>
    <message>
        <source>The sandbox is already running.</source>
        <translation>Sandlådan körs redan.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>The event database has schema version %1, but this version of the application understands only up to %2. Use a newer version of the application or another data folder.</source>
        <translation>Händelsedatabasen har schemaversion %1, men den här versionen av programmet förstår bara upp till %2. Använd en nyare version av programmet eller en annan datamapp.</translation>
    </message>
</context>
<context>
    <name>SessionAutostart</name>
    <message>
        <source>The entry in %1 could not be changed: access was denied.</source>
        <translation>Posten i %1 kunde inte ändras: åtkomst nekades.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Mappen %1 kunde inte skapas.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunde inte skriva %1: %2</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>Kunde inte ta bort %1: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profiler</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profiler</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>Lägg till en profil</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Delete the selected profile and its key</source>
        <translation>Ta bort den valda profilen och dess nyckel</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilnamn</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradress</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;nyckel:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-nyckel</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testa anslutningen</translation>
    </message>
    <message>
        <source>&amp;Use this profile</source>
        <translation>&amp;Använd den här profilen</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Spa&amp;ra</translation>
    </message>
    <message>
        <source>Paste the API key of your Vainu account</source>
        <translation>Klistra in API-nyckeln för ditt Vainu-konto</translation>
    </message>
    <message>
        <source>The key is not saved yet.</source>
        <translation>Nyckeln är inte sparad än.</translation>
    </message>
    <message>
        <source>&amp;Vainu account…</source>
        <translation>&amp;Vainu-konto…</translation>
    </message>
    <message>
        <source>Connect to Vainu&apos;s API at %1 with your API key</source>
        <translation>Anslut till Vainus API på %1 med din API-nyckel</translation>
    </message>
    <message>
        <source>Another &amp;sandbox</source>
        <translation>En annan &amp;sandlåda</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Används</translation>
    </message>
    <message>
        <source>New profile (not saved yet)</source>
        <translation>Ny profil (inte sparad än)</translation>
    </message>
    <message>
        <source>The built-in sandbox runs on this computer with demo data and its own demo key: nothing to set up, and nothing leaves this computer.</source>
        <translation>Den inbyggda sandlådan körs på den här datorn med demodata och en egen demonyckel: inget att konfigurera, och ingenting lämnar datorn.</translation>
    </message>
    <message>
        <source>A Vainu account, or any server that speaks Vainu&apos;s API v2. The API key is kept in the system keychain, never in a file.</source>
        <translation>Ett Vainu-konto, eller vilken server som helst som talar Vainus API v2. API-nyckeln sparas i systemets nyckelring, aldrig i en fil.</translation>
    </message>
    <message>
        <source>Save stores the key in the system keychain.</source>
        <translation>Spara lagrar nyckeln i systemets nyckelring.</translation>
    </message>
    <message>
        <source>Reading the key from the keychain…</source>
        <translation>Läser nyckeln från nyckelringen…</translation>
    </message>
    <message>
        <source>The key is stored in the system keychain.</source>
        <translation>Nyckeln är lagrad i systemets nyckelring.</translation>
    </message>
    <message>
        <source>No key is saved for this profile yet. Paste the API key of your Vainu account and save.</source>
        <translation>Ingen nyckel har sparats för den här profilen än. Klistra in API-nyckeln för ditt Vainu-konto och spara.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>Discard the changes to the profile &quot;%1&quot;?</source>
        <translation>Förkasta ändringarna i profilen ”%1”?</translation>
    </message>
    <message>
        <source>The name, server or key you entered is not saved yet.</source>
        <translation>Namnet, servern eller nyckeln du angav är inte sparad än.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Removing the key from the keychain…</source>
        <translation>Tar bort nyckeln från nyckelringen…</translation>
    </message>
    <message>
        <source>Saving the key to the keychain…</source>
        <translation>Sparar nyckeln i nyckelringen…</translation>
    </message>
    <message>
        <source>The built-in sandbox is not running. Choose &quot;Use this profile&quot; to start it.</source>
        <translation>Den inbyggda sandlådan körs inte. Välj ”Använd den här profilen” för att starta den.</translation>
    </message>
    <message>
        <source>Enter the API key first, then test the connection.</source>
        <translation>Ange API-nyckeln först och testa sedan anslutningen.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Testar anslutningen till %1…</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Ta bort profil</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;?</source>
        <translation>Ta bort profilen ”%1”?</translation>
    </message>
    <message>
        <source>Its API key is removed from the system keychain too. This cannot be undone.</source>
        <translation>Dess API-nyckel tas också bort från systemets nyckelring. Det går inte att ångra.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was deleted.</source>
        <translation>Profilen ”%1” togs bort.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was deleted, but its secrets may still be in the keychain: %2</source>
        <translation>Profilen ”%1” togs bort, men dess hemligheter kan fortfarande finnas i nyckelringen: %2</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Alla profiler</translation>
    </message>
    <message>
        <source>&amp;When I close the window while the receiver runs:</source>
        <translation>&amp;När jag stänger fönstret medan mottagaren körs:</translation>
    </message>
    <message>
        <source>When I close the window while the receiver runs</source>
        <translation>När jag stänger fönstret medan mottagaren körs</translation>
    </message>
    <message>
        <source>Keep receiving in the tray</source>
        <translation>Fortsätt ta emot i systemfältet</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>Start with &amp;my session</source>
        <translation>Starta med &amp;min session</translation>
    </message>
    <message>
        <source>When you log in, start Vainu Webhooks in the system tray with the receiver on</source>
        <translation>Starta Vainu Webhooks i systemfältet med mottagaren på när du loggar in</translation>
    </message>
    <message>
        <source>Without an API key this profile cannot reach Vainu. Paste the key and save again.</source>
        <translation>Utan en API-nyckel kan den här profilen inte nå Vainu. Klistra in nyckeln och spara igen.</translation>
    </message>
    <message>
        <source>The key was removed from the system keychain: this profile cannot reach Vainu until you paste a key and save again.</source>
        <translation>Nyckeln togs bort från systemets nyckelring: den här profilen kan inte nå Vainu förrän du klistrar in en nyckel och sparar igen.</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>Anslutn&amp;ing</translation>
    </message>
    <message>
        <source>Rece&amp;iver</source>
        <translation>Motta&amp;gare</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>L&amp;yssna på:</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Lyssna på</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>Endast den här datorn (127.0.0.1)</translation>
    </message>
    <message>
        <source>All network interfaces (0.0.0.0)</source>
        <translation>Alla nätverksgränssnitt (0.0.0.0)</translation>
    </message>
    <message>
        <source>One address</source>
        <translation>En adress</translation>
    </message>
    <message>
        <source>Listening address</source>
        <translation>Lyssningsadress</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Pat&amp;h:</source>
        <translation>&amp;Sökväg:</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Sökväg</translation>
    </message>
    <message>
        <source>Pu&amp;blic URL:</source>
        <translation>Pu&amp;blik URL:</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>Publik URL</translation>
    </message>
    <message>
        <source>Start the receiver with th&amp;e app</source>
        <translation>Starta mottagaren med app&amp;en</translation>
    </message>
    <message>
        <source>Start the receiver whenever this profile is in use, without pressing Start</source>
        <translation>Starta mottagaren när den här profilen används, utan att trycka på Starta</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Hemlighet:</translation>
    </message>
    <message>
        <source>Receiver secret</source>
        <translation>Mottagarens hemlighet</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>TLS certi&amp;ficate:</source>
        <translation>TLS-&amp;certifikat:</translation>
    </message>
    <message>
        <source>TLS certificate file (PEM)</source>
        <translation>TLS-certifikatfil (PEM)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>TLS ke&amp;y:</source>
        <translation>TLS-nyc&amp;kel:</translation>
    </message>
    <message>
        <source>TLS key file (PEM)</source>
        <translation>TLS-nyckelfil (PEM)</translation>
    </message>
    <message>
        <source>Show the secret in clear</source>
        <translation>Visa hemligheten i klartext</translation>
    </message>
    <message>
        <source>Copy the secret to the clipboard</source>
        <translation>Kopiera hemligheten till urklipp</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Välj certifikatfilen</translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation>Välj nyckelfilen</translation>
    </message>
    <message>
        <source>Empty: plain HTTP</source>
        <translation>Tom: vanlig HTTP</translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation>till exempel %1</translation>
    </message>
    <message>
        <source>The address Vainu reaches this receiver at: a tunnel (ngrok, cloudflared) or a server that forwards to the port above. &quot;Subscribe this receiver&quot; fills it in.</source>
        <translation>Adressen där Vainu når den här mottagaren: en tunnel (ngrok, cloudflared) eller en server som vidarebefordrar till porten ovan. ”Prenumerera med den här mottagaren” fyller i den.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Dölj</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Kopierad till urklipp.</translation>
    </message>
    <message>
        <source>Choose the TLS certificate (PEM)</source>
        <translation>Välj TLS-certifikatet (PEM)</translation>
    </message>
    <message>
        <source>Choose the TLS private key (PEM)</source>
        <translation>Välj den privata TLS-nyckeln (PEM)</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key)</source>
        <translation>PEM-filer (*.pem *.crt *.key)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <source>Where the receiver listens for the sandbox&apos;s deliveries. The sandbox runs on this computer, so 127.0.0.1 is all it needs. Changes apply on Save; a running receiver restarts.</source>
        <translation>Var mottagaren lyssnar efter sandlådans leveranser. Sandlådan körs på den här datorn, så 127.0.0.1 räcker. Ändringarna gäller när du sparar; en mottagare som körs startas om.</translation>
    </message>
    <message>
        <source>Where the receiver listens for Vainu&apos;s deliveries. Vainu cannot reach 127.0.0.1: give it a public URL that forwards to this port (a tunnel such as ngrok or cloudflared, or a server). Changes apply on Save; a running receiver restarts.</source>
        <translation>Var mottagaren lyssnar efter Vainus leveranser. Vainu kan inte nå 127.0.0.1: ge den en publik URL som vidarebefordrar till den här porten (en tunnel som ngrok eller cloudflared, eller en server). Ändringarna gäller när du sparar; en mottagare som körs startas om.</translation>
    </message>
    <message>
        <source>No secret yet: &quot;Subscribe this receiver&quot; on the Live events page creates one.</source>
        <translation>Ingen hemlighet än: ”Prenumerera med den här mottagaren” på sidan Live-händelser skapar en.</translation>
    </message>
    <message>
        <source>Reading the secret from the keychain…</source>
        <translation>Läser hemligheten från nyckelringen…</translation>
    </message>
    <message>
        <source>Vainu sends it with every delivery; others are refused.</source>
        <translation>Vainu skickar den med varje leverans; andra avvisas.</translation>
    </message>
    <message>
        <source>Not saved: the receiver cannot listen there. The Receiver tab says why.</source>
        <translation>Inte sparat: mottagaren kan inte lyssna där. Fliken Mottagare visar varför.</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Byt ut…</translation>
    </message>
    <message>
        <source>The previous secret is accepted until %1.</source>
        <translation>Den tidigare hemligheten godtas till %1.</translation>
    </message>
    <message>
        <source>Use this profile to rotate its receiver&apos;s secret</source>
        <translation>Använd den här profilen för att byta mottagarens hemlighet</translation>
    </message>
    <message>
        <source>Replace the secret with a new one; the old one stays valid for a while</source>
        <translation>Ersätt hemligheten med en ny; den gamla gäller en tid till</translation>
    </message>
    <message>
        <source>The webhooks are being changed; try again in a moment.</source>
        <translation>Webhookarna ändras just nu; försök igen om en stund.</translation>
    </message>
    <message>
        <source>The webhook that delivers here with the old secret is replaced: one with the new secret is created first, then the old one is deleted. If the new one cannot be created, nothing changes.</source>
        <translation>Webhooken som levererar hit med den gamla hemligheten ersätts: först skapas en med den nya hemligheten, sedan tas den gamla bort. Om den nya inte kan skapas ändras ingenting.</translation>
    </message>
    <message>
        <source>The secret replaced by the last rotation is refused from now on.</source>
        <translation>Hemligheten som ersattes vid förra bytet avvisas från och med nu.</translation>
    </message>
    <message>
        <source>Rotate the receiver&apos;s secret</source>
        <translation>Byt mottagarens hemlighet</translation>
    </message>
    <message>
        <source>A new secret replaces the current one. The receiver accepts the new one at once and the old one too until %1, so that Vainu&apos;s retries of earlier deliveries still arrive; after that only the new one.</source>
        <translation>En ny hemlighet ersätter den nuvarande. Mottagaren godtar den nya genast och den gamla till %1, så att Vainus nya försök med tidigare leveranser kommer fram; därefter bara den nya.</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Byt</translation>
    </message>
    <message>
        <source>Rotating the secret…</source>
        <translation>Byter hemlighet…</translation>
    </message>
    <message>
        <source>The secret was rotated. No webhook delivered here with the old one: subscribe this receiver to give Vainu the new one.</source>
        <translation>Hemligheten byttes. Ingen webhook levererade hit med den gamla: prenumerera med den här mottagaren så att Vainu får den nya.</translation>
    </message>
    <message>
        <source>The secret was rotated, and Vainu&apos;s webhook now carries the new one.</source>
        <translation>Hemligheten byttes, och Vainus webhook använder nu den nya.</translation>
    </message>
    <message>
        <source>Another profile was chosen while the secret was being rotated. Check that account&apos;s webhooks on the Webhooks page.</source>
        <translation>En annan profil valdes medan hemligheten byttes. Kontrollera det kontots webhookar på sidan Webhookar.</translation>
    </message>
</context>
<context>
    <name>SetupBanner</name>
    <message>
        <source>Close this message</source>
        <translation>Stäng det här meddelandet</translation>
    </message>
</context>
<context>
    <name>Sparkline</name>
    <message>
        <source>Last minute: %1 · last hour: %2</source>
        <translation>Senaste minuten: %1 · senaste timmen: %2</translation>
    </message>
</context>
<context>
    <name>StoreDatabase</name>
    <message>
        <source>Cannot open the event database %1: %2</source>
        <translation>Det går inte att öppna händelsedatabasen %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the event database %1: %2</source>
        <translation>Det går inte att förbereda händelsedatabasen %1: %2</translation>
    </message>
    <message>
        <source>The event database %1 cannot use write-ahead logging (it may be on a network file system). Choose a local data folder.</source>
        <translation>Händelsedatabasen %1 kan inte använda write-ahead-loggning (den kan ligga på ett nätverksfilsystem). Välj en lokal datamapp.</translation>
    </message>
</context>
<context>
    <name>SubscribeReceiverDialog</name>
    <message>
        <source>&amp;Delete the other webhooks that point at this receiver</source>
        <translation>&amp;Ta bort de andra webhookarna som pekar på den här mottagaren</translation>
    </message>
    <message>
        <source>Subscribe this receiver</source>
        <translation>Prenumerera med den här mottagaren</translation>
    </message>
    <message>
        <source>Vainu has no way to change a webhook: the new one is created first, then the old ones are deleted.</source>
        <translation>Vainu kan inte ändra en webhook: den nya skapas först, sedan tas de gamla bort.</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>&amp;Prenumerera</translation>
    </message>
    <message>
        <source>&amp;Public URL:</source>
        <translation>&amp;Publik URL:</translation>
    </message>
    <message>
        <source>The sandbox delivers to this computer directly, so no public address is needed. A webhook to the receiver is created with a new secret, and the secret is kept in the system keychain.</source>
        <translation>Sandlådan levererar direkt till den här datorn, så ingen publik adress behövs. En webhook till mottagaren skapas med en ny hemlighet, och hemligheten sparas i systemets nyckelring.</translation>
    </message>
    <message>
        <source>Vainu must reach this receiver from the internet. Enter the public https address that forwards to port %1 on this computer (a tunnel or a reverse proxy). A webhook to it is created with a new secret, and the secret is kept in the system keychain.</source>
        <translation>Vainu måste nå den här mottagaren från internet. Ange den publika https-adressen som vidarebefordrar till port %1 på den här datorn (en tunnel eller en omvänd proxy). En webhook till den skapas med en ny hemlighet, och hemligheten sparas i systemets nyckelring.</translation>
    </message>
    <message>
        <source>Vainu will call: %1?%2=•••••• (a new secret)</source>
        <translation>Vainu anropar: %1?%2=•••••• (en ny hemlighet)</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// address.</source>
        <translation>Ange en http://- eller https://-adress.</translation>
    </message>
    <message>
        <source>The sandbox delivers to the receiver on this computer, at this address. There is nothing to change here.</source>
        <translation>Sandlådan levererar till mottagaren på den här datorn, på den här adressen. Här finns inget att ändra.</translation>
    </message>
    <message>
        <source>Set by the app: the sandbox delivers locally.</source>
        <translation>Satt av appen: sandlådan levererar lokalt.</translation>
    </message>
    <message>
        <source>%1 started a tunnel to port %2: %3.</source>
        <translation>%1 startade en tunnel till port %2: %3.</translation>
    </message>
    <message>
        <source>The tunnel did not start: %1 Its output:</source>
        <translation>Tunneln startade inte: %1 Dess utdata:</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>(ingen utdata)</translation>
    </message>
    <message>
        <source>Looking for a tunnel to port %1…</source>
        <translation>Letar efter en tunnel till port %1…</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Använd %1</translation>
    </message>
    <message>
        <source>ngrok forwards %1 to port %2.</source>
        <translation>ngrok vidarebefordrar %1 till port %2.</translation>
    </message>
    <message>
        <source>A cloudflared quick tunnel runs at %1; check that it forwards to port %2.</source>
        <translation>En cloudflared-snabbtunnel körs på %1; kontrollera att den vidarebefordrar till port %2.</translation>
    </message>
    <message>
        <source>ngrok runs, but none of its tunnels forwards to port %1.</source>
        <translation>ngrok körs, men ingen av dess tunnlar vidarebefordrar till port %1.</translation>
    </message>
    <message>
        <source>No tunnel to port %1 is running. %2 is installed and can start one.</source>
        <translation>Ingen tunnel till port %1 körs. %2 är installerat och kan starta en.</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Starta %1</translation>
    </message>
    <message>
        <source>No tunnel to port %1 is running, and neither cloudflared nor ngrok is installed. Install &lt;a href=&quot;%2&quot;&gt;cloudflared&lt;/a&gt; (a quick tunnel needs no account) or &lt;a href=&quot;%3&quot;&gt;ngrok&lt;/a&gt;, or enter the address of a server that forwards to this computer.</source>
        <translation>Ingen tunnel till port %1 körs, och varken cloudflared eller ngrok är installerat. Installera &lt;a href=&quot;%2&quot;&gt;cloudflared&lt;/a&gt; (en snabbtunnel kräver inget konto) eller &lt;a href=&quot;%3&quot;&gt;ngrok&lt;/a&gt;, eller ange adressen till en server som vidarebefordrar till den här datorn.</translation>
    </message>
    <message>
        <source>Starting %1 for port %2…</source>
        <translation>Startar %1 för port %2…</translation>
    </message>
</context>
<context>
    <name>TlsCredentials</name>
    <message>
        <source>No TLS certificate file is set; HTTPS needs both a certificate and a private key file.</source>
        <translation>Ingen TLS-certifikatfil är angiven; HTTPS kräver både en certifikatfil och en fil med privat nyckel.</translation>
    </message>
    <message>
        <source>No TLS private key file is set; HTTPS needs both a certificate and a private key file.</source>
        <translation>Ingen fil med privat TLS-nyckel är angiven; HTTPS kräver både en certifikatfil och en fil med privat nyckel.</translation>
    </message>
    <message>
        <source>The TLS certificate file &quot;%1&quot; does not exist.</source>
        <translation>TLS-certifikatfilen ”%1” finns inte.</translation>
    </message>
    <message>
        <source>The TLS certificate file &quot;%1&quot; cannot be read: %2.</source>
        <translation>TLS-certifikatfilen ”%1” kan inte läsas: %2.</translation>
    </message>
    <message>
        <source>The TLS certificate file &quot;%1&quot; holds no PEM certificate (&quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation>TLS-certifikatfilen ”%1” innehåller inget PEM-certifikat (”-----BEGIN CERTIFICATE-----”).</translation>
    </message>
    <message>
        <source>The TLS private key file &quot;%1&quot; does not exist.</source>
        <translation>Den privata TLS-nyckelfilen ”%1” finns inte.</translation>
    </message>
    <message>
        <source>The TLS private key file &quot;%1&quot; cannot be read: %2.</source>
        <translation>Den privata TLS-nyckelfilen ”%1” kan inte läsas: %2.</translation>
    </message>
    <message>
        <source>The TLS private key file &quot;%1&quot; holds no unencrypted PEM private key (RSA or EC).</source>
        <translation>Den privata TLS-nyckelfilen ”%1” innehåller ingen okrypterad privat PEM-nyckel (RSA eller EC).</translation>
    </message>
    <message>
        <source>The TLS private key in &quot;%1&quot; does not belong to the certificate in &quot;%2&quot;. Use the key the certificate was issued for.</source>
        <translation>Den privata TLS-nyckeln i ”%1” hör inte till certifikatet i ”%2”. Använd nyckeln som certifikatet utfärdades för.</translation>
    </message>
</context>
<context>
    <name>TokenVault</name>
    <message>
        <source>unknown error</source>
        <translation>okänt fel</translation>
    </message>
    <message>
        <source>No profile was given for the key. Choose a profile and try again.</source>
        <translation>Ingen profil angavs för nyckeln. Välj en profil och försök igen.</translation>
    </message>
    <message>
        <source>The key is kept for this session only; the system keychain could not store it.</source>
        <translation>Nyckeln sparas bara för den här sessionen; systemets nyckelring kunde inte lagra den.</translation>
    </message>
    <message>
        <source>it has not answered an earlier request</source>
        <translation>den har inte svarat på en tidigare begäran</translation>
    </message>
    <message>
        <source>No API key is set for this profile yet.</source>
        <translation>Ingen API-nyckel är angiven för den här profilen än.</translation>
    </message>
    <message>
        <source>No receiver secret is set for this profile yet.</source>
        <translation>Ingen mottagarhemlighet är angiven för den här profilen än.</translation>
    </message>
    <message numerus="yes">
        <source>it did not answer within %n second(s)</source>
        <translation>
            <numerusform>den svarade inte inom %n sekund</numerusform>
            <numerusform>den svarade inte inom %n sekunder</numerusform>
        </translation>
    </message>
    <message>
        <source>No system keychain is available: %1. The key will be used for this session only.</source>
        <translation>Ingen systemnyckelring är tillgänglig: %1. Nyckeln används bara för den här sessionen.</translation>
    </message>
    <message>
        <source>The system keychain did not store the key: %1. The key will be used for this session only.</source>
        <translation>Systemets nyckelring lagrade inte nyckeln: %1. Nyckeln används bara för den här sessionen.</translation>
    </message>
    <message>
        <source>No system keychain is available: %1. Enter the key again; it will be used for this session only.</source>
        <translation>Ingen systemnyckelring är tillgänglig: %1. Ange nyckeln igen; den används bara för den här sessionen.</translation>
    </message>
    <message>
        <source>The system keychain did not give out the key: %1. Unlock the keychain or enter the key again.</source>
        <translation>Systemets nyckelring lämnade inte ut nyckeln: %1. Lås upp nyckelringen eller ange nyckeln igen.</translation>
    </message>
    <message>
        <source>No system keychain is available: %1. The key was forgotten for this session; remove it from the keychain later if it is still there.</source>
        <translation>Ingen systemnyckelring är tillgänglig: %1. Nyckeln glömdes för den här sessionen; ta bort den från nyckelringen senare om den fortfarande finns där.</translation>
    </message>
    <message>
        <source>The system keychain did not remove the key: %1. Remove it with the keychain&apos;s own tool.</source>
        <translation>Systemets nyckelring tog inte bort nyckeln: %1. Ta bort den med nyckelringens eget verktyg.</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>System default</source>
        <translation>Systemets standard</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>Vainu Webhooks</source>
        <translation>Vainu Webhooks</translation>
    </message>
    <message>
        <source>%1 changed.</source>
        <translation>%1 ändrades.</translation>
    </message>
    <message numerus="yes">
        <source>%n company changes arrived, the last one for %1.</source>
        <translation>
            <numerusform>%n företagsändring kom in: %1.</numerusform>
            <numerusform>%n företagsändringar kom in, den senaste för %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>New company changes</source>
        <translation>Nya företagsändringar</translation>
    </message>
</context>
<context>
    <name>TunnelProcess</name>
    <message numerus="yes">
        <source>%1 did not report a public address within %n second(s).</source>
        <translation>
            <numerusform>%1 rapporterade ingen publik adress inom %n sekund.</numerusform>
            <numerusform>%1 rapporterade ingen publik adress inom %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not installed (it is not on PATH).</source>
        <translation>%1 är inte installerat (det finns inte i PATH).</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 kunde inte startas: %2</translation>
    </message>
    <message>
        <source>%1 stopped unexpectedly.</source>
        <translation>%1 avslutades oväntat.</translation>
    </message>
    <message>
        <source>%1 ended with exit code %2.</source>
        <translation>%1 avslutades med slutkod %2.</translation>
    </message>
</context>
<context>
    <name>WebhookTableModel</name>
    <message>
        <source>Company change</source>
        <translation>Företagsändring</translation>
    </message>
    <message>
        <source>Vainu posts company changes to:
%1</source>
        <translation>Vainu skickar företagsändringar till:
%1</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Secrets are masked: choose &quot;Show secrets&quot; in the context menu to see them.</source>
        <translation>Hemligheterna är maskerade: välj ”Visa hemligheter” i snabbmenyn för att se dem.</translation>
    </message>
</context>
<context>
    <name>WebhookUrlCheck</name>
    <message>
        <source>Enter the address of your receiver, starting with https://.</source>
        <translation>Ange adressen till din mottagare, som börjar med https://.</translation>
    </message>
    <message>
        <source>The address must be a full web address starting with https:// or http://, for example https://crm.example.com/vainu-webhook.</source>
        <translation>Adressen måste vara en fullständig webbadress som börjar med https:// eller http://, till exempel https://crm.example.com/vainu-webhook.</translation>
    </message>
    <message>
        <source>The address has no server name after %1://.</source>
        <translation>Adressen har inget servernamn efter %1://.</translation>
    </message>
    <message>
        <source>The address contains a space. Remove it or write it as %20.</source>
        <translation>Adressen innehåller ett mellanslag. Ta bort det eller skriv det som %20.</translation>
    </message>
    <message>
        <source>Remove the part after &apos;#&apos;: it is never sent to a server.</source>
        <translation>Ta bort delen efter ”#”: den skickas aldrig till en server.</translation>
    </message>
    <message>
        <source>Company data would travel unencrypted over http. Use https if your server supports it.</source>
        <translation>Företagsdata skulle färdas okrypterat över http. Använd https om din server stöder det.</translation>
    </message>
    <message>
        <source>Vainu cannot reach %1: it is a local or private address. Use a public address (the built-in sandbox can reach local addresses).</source>
        <translation>Vainu kan inte nå %1: det är en lokal eller privat adress. Använd en publik adress (den inbyggda sandlådan kan nå lokala adresser).</translation>
    </message>
</context>
<context>
    <name>WebhooksCommand</name>
    <message>
        <source>Lists, adds and deletes the Vainu webhook configurations of an account.

Commands:
  webhooks list [--json]            show every webhook (id, URL, query, type, owner)
  webhooks add URL [--query Q]      add a webhook that delivers to URL (+ query Q); prints its id
  webhooks delete ID...             delete webhooks by id

The account is the active profile, or --profile NAME, or --base-url URL with the API key in the
environment variable %1 (which also overrides a profile&apos;s stored key).

Exit codes: 0 success, 1 API or network error, 2 usage error.</source>
        <translation>Listar, lägger till och tar bort Vainu-webhookkonfigurationerna för ett konto.

Kommandon:
  webhooks list [--json]            visa alla webhookar (id, URL, fråga, typ, ägare)
  webhooks add URL [--query Q]      lägg till en webhook som levererar till URL (+ fråga Q); skriver ut dess id
  webhooks delete ID...             ta bort webhookar efter id

Kontot är den aktiva profilen, eller --profile NAMN, eller --base-url URL med API-nyckeln i
miljövariabeln %1 (som också ersätter en profils sparade nyckel).

Slutkoder: 0 lyckades, 1 API- eller nätverksfel, 2 användningsfel.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Visa den här hjälpen.</translation>
    </message>
    <message>
        <source>list, add: print JSON instead of a table.</source>
        <translation>list, add: skriv ut JSON i stället för en tabell.</translation>
    </message>
    <message>
        <source>add: query parameters appended to the URL, e.g. &quot;?secret=abc&quot;.</source>
        <translation>add: frågeparametrar som läggs till URL:en, t.ex. ”?secret=abc”.</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <source>Use the profile with this name.</source>
        <translation>Använd profilen med det här namnet.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMN</translation>
    </message>
    <message>
        <source>Use this API address, e.g. https://api.vainu.io/api/v2/.</source>
        <translation>Använd den här API-adressen, t.ex. https://api.vainu.io/api/v2/.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The command group.</source>
        <translation>Kommandogruppen.</translation>
    </message>
    <message>
        <source>list, add or delete.</source>
        <translation>list, add eller delete.</translation>
    </message>
    <message>
        <source>add: the URL; delete: one or more ids.</source>
        <translation>add: URL:en; delete: ett eller flera id.</translation>
    </message>
    <message>
        <source>Run &quot;%1 webhooks --help&quot; for help.</source>
        <translation>Kör ”%1 webhooks --help” för hjälp.</translation>
    </message>
    <message>
        <source>Name a command: list, add or delete.</source>
        <translation>Ange ett kommando: list, add eller delete.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: use list, add or delete.</source>
        <translation>Okänt kommando ”%1”: använd list, add eller delete.</translation>
    </message>
    <message>
        <source>list takes no arguments.</source>
        <translation>list tar inga argument.</translation>
    </message>
    <message>
        <source>add takes exactly one URL, e.g. add https://example.com/hook --query &quot;?secret=abc&quot;.</source>
        <translation>add tar exakt en URL, t.ex. add https://example.com/hook --query ”?secret=abc”.</translation>
    </message>
    <message>
        <source>delete needs at least one webhook id.</source>
        <translation>delete behöver minst ett webhook-id.</translation>
    </message>
    <message>
        <source>--query is only for add.</source>
        <translation>--query är bara för add.</translation>
    </message>
    <message>
        <source>Use either --profile or --base-url, not both.</source>
        <translation>Använd antingen --profile eller --base-url, inte båda.</translation>
    </message>
    <message>
        <source>No webhooks are configured.</source>
        <translation>Inga webhookar är konfigurerade.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>FRÅGA</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>ÄGARE</translation>
    </message>
    <message>
        <source>Webhook %1 was not deleted: %2</source>
        <translation>Webhook %1 togs inte bort: %2</translation>
    </message>
    <message>
        <source>Deleted webhook %1</source>
        <translation>Webhook %1 togs bort</translation>
    </message>
    <message>
        <source>%1 The webhook was not created (it is not in the list), so it is safe to run the command again.</source>
        <translation>%1 Webhooken skapades inte (den finns inte i listan), så det är säkert att köra kommandot igen.</translation>
    </message>
    <message>
        <source>Vainu&apos;s answer was lost, but the webhook was created: it is in the list with id %1.</source>
        <translation>Vainus svar försvann, men webhooken skapades: den finns i listan med id %1.</translation>
    </message>
</context>
<context>
    <name>WebhooksPage</name>
    <message>
        <source>Webhooks</source>
        <translation>Webhookar</translation>
    </message>
    <message>
        <source>Add webhook</source>
        <translation>Lägg till webhook</translation>
    </message>
    <message>
        <source>Delete the selected webhooks</source>
        <translation>Ta bort de valda webhookarna</translation>
    </message>
    <message>
        <source>Refresh the list of webhooks</source>
        <translation>Uppdatera listan med webhookar</translation>
    </message>
    <message>
        <source>Copy the delivery address of the selected webhooks</source>
        <translation>Kopiera leveransadressen för de valda webhookarna</translation>
    </message>
    <message>
        <source>Filter by URL, query, id or owner</source>
        <translation>Filtrera: URL, fråga, id, ägare</translation>
    </message>
    <message>
        <source>Filter webhooks</source>
        <translation>Filtrera webhookar</translation>
    </message>
    <message>
        <source>Shows only the webhooks that contain every word you type (Ctrl+F)</source>
        <translation>Visar bara webhookarna som innehåller alla ord du skriver (Ctrl+F)</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Arbetar</translation>
    </message>
    <message>
        <source>Number of webhooks</source>
        <translation>Antal webhookar</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <source>Add a webhook (%1)</source>
        <translation>Lägg till en webhook (%1)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Delete the selected webhooks (Del)</source>
        <translation>Ta bort de valda webhookarna (Del)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Load the webhooks again from Vainu (F5)</source>
        <translation>Läs in webhookarna igen från Vainu (F5)</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>&amp;Kopiera URL</translation>
    </message>
    <message>
        <source>Copy the address Vainu posts to, query included (Ctrl+C)</source>
        <translation>Kopiera adressen som Vainu skickar till, inklusive frågan (Ctrl+C)</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrera</translation>
    </message>
    <message>
        <source>No webhooks yet</source>
        <translation>Inga webhookar än</translation>
    </message>
    <message>
        <source>A webhook tells Vainu where to send company changes. Whenever a company you track changes, Vainu posts its new details to the address you give here, for example your CRM&apos;s receiver or the receiver built into this app.</source>
        <translation>En webhook talar om för Vainu vart företagsändringar ska skickas. När ett företag du bevakar ändras skickar Vainu dess nya uppgifter till adressen du anger här, till exempel ditt CRM:s mottagare eller mottagaren som är inbyggd i den här appen.</translation>
    </message>
    <message>
        <source>Add a webhook…</source>
        <translation>Lägg till en webhook…</translation>
    </message>
    <message>
        <source>The webhooks could not be loaded. %1</source>
        <translation>Webhookarna kunde inte läsas in. %1</translation>
    </message>
    <message>
        <source>Added the webhook for %1.</source>
        <translation>Webhooken för %1 lades till.</translation>
    </message>
    <message>
        <source>Delete webhooks</source>
        <translation>Ta bort webhookar</translation>
    </message>
    <message>
        <source>Delete this webhook? Vainu stops sending company changes to its address:</source>
        <translation>Ta bort den här webhooken? Vainu slutar skicka företagsändringar till dess adress:</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n webhooks? Vainu stops sending company changes to their addresses:</source>
        <translation>
            <numerusform>Ta bort %n webhook? Vainu slutar skicka företagsändringar till dess adress:</numerusform>
            <numerusform>Ta bort de här %n webhookarna? Vainu slutar skicka företagsändringar till deras adresser:</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message numerus="yes">
        <source>Addresses copied to the clipboard: %n.</source>
        <translation>
            <numerusform>Adresser kopierade till urklipp: %n.</numerusform>
            <numerusform>Adresser kopierade till urklipp: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Webhooks: %n</source>
        <translation>
            <numerusform>Webhookar: %n</numerusform>
            <numerusform>Webhookar: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Webhooks: %n, matching the filter: %1</source>
        <translation>
            <numerusform>Webhookar: %n, som matchar filtret: %1</numerusform>
            <numerusform>Webhookar: %n, som matchar filtret: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;secrets</source>
        <translation>Visa &amp;hemligheter</translation>
    </message>
    <message>
        <source>Show the secrets in the Query column in clear; they are masked as •••••••• otherwise</source>
        <translation>Visa hemligheterna i kolumnen Fråga i klartext; annars maskeras de som ••••••••</translation>
    </message>
    <message>
        <source>Added the webhook for %1. Vainu&apos;s answer was lost, but the webhook is in the list, so it was not added twice.</source>
        <translation>Webhooken för %1 lades till. Vainus svar försvann, men webhooken finns i listan, så den lades inte till två gånger.</translation>
    </message>
</context>
</TS>
