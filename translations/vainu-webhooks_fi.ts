<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Vainu Webhooks</source>
        <translation>Tietoja: Vainu Webhooks</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Tietoja: %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versio %1</translation>
    </message>
    <message>
        <source>Configure Vainu webhooks, keep the companies Vainu tracks for you, and watch company changes arrive live, with nothing lost.</source>
        <translation>Määritä Vainun webhookit, ylläpidä yrityksiä, joita Vainu seuraa puolestasi, ja seuraa yritysmuutosten saapumista reaaliajassa – mitään menettämättä.</translation>
    </message>
    <message>
        <source>Free software under the &lt;a href=&quot;%1&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt;.</source>
        <translation>Vapaa ohjelmisto, lisenssinä &lt;a href=&quot;%1&quot;&gt;GNU General Public License, versio 3 tai uudempi&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Käännetty Qt %1:llä, käytössä Qt %2.</translation>
    </message>
</context>
<context>
    <name>AddCompaniesDialog</name>
    <message>
        <source>Paste business ids, separated by spaces, commas or line breaks:</source>
        <translation>Liitä Y-tunnukset välilyönneillä, pilkuilla tai rivinvaihdoilla erotettuina:</translation>
    </message>
    <message>
        <source>Add companies to %1</source>
        <translation>Lisää yrityksiä listaan %1</translation>
    </message>
    <message>
        <source>Correct or remove them below, then choose OK to add them.</source>
        <translation>Korjaa tai poista ne alla ja lisää ne sitten valitsemalla OK.</translation>
    </message>
</context>
<context>
    <name>AddWebhookDialog</name>
    <message>
        <source>Add webhook</source>
        <translation>Lisää webhook</translation>
    </message>
    <message>
        <source>Vainu sends every change of the companies you track to this address, as an HTTP POST with a JSON body.</source>
        <translation>Vainu lähettää jokaisen seuraamiesi yritysten muutoksen tähän osoitteeseen HTTP POST -pyyntönä, jonka runko on JSON-muotoinen.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Osoite:</translation>
    </message>
    <message>
        <source>https://crm.example.com/vainu-webhook</source>
        <translation>https://crm.example.com/vainu-webhook</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Webhookin osoite</translation>
    </message>
    <message>
        <source>Address check</source>
        <translation>Osoitteen tarkistus</translation>
    </message>
    <message>
        <source>Vainu&apos;s objection to the address</source>
        <translation>Vainun huomautus osoitteesta</translation>
    </message>
    <message>
        <source>&amp;Query parameters:</source>
        <translation>&amp;Kyselyparametrit:</translation>
    </message>
    <message>
        <source>Optional. Vainu adds them to the address of every delivery; a secret token lets your receiver tell Vainu&apos;s deliveries from anyone else&apos;s.</source>
        <translation>Valinnainen. Vainu lisää ne jokaisen toimituksen osoitteeseen; salaisen tunnisteen avulla vastaanotin erottaa Vainun toimitukset muiden lähettämistä.</translation>
    </message>
    <message>
        <source>Query parameters</source>
        <translation>Kyselyparametrit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <source>Add &amp;parameter</source>
        <translation>Lisää &amp;parametri</translation>
    </message>
    <message>
        <source>Add a query parameter</source>
        <translation>Lisää kyselyparametri</translation>
    </message>
    <message>
        <source>&amp;Generate secret</source>
        <translation>&amp;Luo salaisuus</translation>
    </message>
    <message>
        <source>Generate a secret token parameter</source>
        <translation>Luo salaisen tunnisteen parametri</translation>
    </message>
    <message>
        <source>Adds a random 192-bit token parameter, or replaces the existing one</source>
        <translation>Lisää satunnaisen 192-bittisen tunnisteparametrin tai korvaa olemassa olevan</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Remove the selected query parameter</source>
        <translation>Poista valittu kyselyparametri</translation>
    </message>
    <message>
        <source>Vainu&apos;s objection to the query</source>
        <translation>Vainun huomautus kyselystä</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tyyppi:</translation>
    </message>
    <message>
        <source>Webhook type</source>
        <translation>Webhookin tyyppi</translation>
    </message>
    <message>
        <source>Vainu&apos;s objection to the type</source>
        <translation>Vainun huomautus tyypistä</translation>
    </message>
    <message>
        <source>Deliveries go to:</source>
        <translation>Toimitukset menevät osoitteeseen:</translation>
    </message>
    <message>
        <source>Delivery address preview</source>
        <translation>Toimitusosoitteen esikatselu</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Virhe</translation>
    </message>
    <message>
        <source>Adding the webhook</source>
        <translation>Lisätään webhookia</translation>
    </message>
    <message>
        <source>&amp;Add webhook</source>
        <translation>&amp;Lisää webhook</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Every value needs a parameter name.</source>
        <translation>Jokainen arvo tarvitsee parametrin nimen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Vainu&apos;s answer did not arrive. Checking whether the webhook was created…</source>
        <translation>Vainun vastaus ei saapunut. Tarkistetaan, luotiinko webhook…</translation>
    </message>
    <message>
        <source>%1
The webhook was not created, so it is safe to try again.</source>
        <translation>%1
Webhookia ei luotu, joten voit turvallisesti yrittää uudelleen.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Vainu did not accept the request (HTTP %1). Check the values you entered.</source>
        <translation>Vainu ei hyväksynyt pyyntöä (HTTP %1). Tarkista antamasi arvot.</translation>
    </message>
    <message>
        <source>API access is not enabled for this Vainu user. Ask Vainu support or your Vainu administrator to enable it.</source>
        <translation>Tällä Vainu-käyttäjällä ei ole API-käyttöoikeutta. Pyydä Vainun tukea tai Vainu-ylläpitäjääsi ottamaan se käyttöön.</translation>
    </message>
    <message numerus="yes">
        <source>Vainu is limiting how many requests can be made. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Vainu rajoittaa pyyntöjen määrää. Odota %n sekunti ja yritä uudelleen.</numerusform>
            <numerusform>Vainu rajoittaa pyyntöjen määrää. Odota %n sekuntia ja yritä uudelleen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vainu is limiting how many requests can be made. Wait a moment and try again.</source>
        <translation>Vainu rajoittaa pyyntöjen määrää. Odota hetki ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Vainu had a problem handling the request (HTTP %1). Try again later.</source>
        <translation>Vainulla oli ongelma pyynnön käsittelyssä (HTTP %1). Yritä myöhemmin uudelleen.</translation>
    </message>
    <message numerus="yes">
        <source>Vainu is temporarily unavailable. Try again in %n second(s).</source>
        <translation>
            <numerusform>Vainu ei ole tilapäisesti käytettävissä. Yritä uudelleen %n sekunnin kuluttua.</numerusform>
            <numerusform>Vainu ei ole tilapäisesti käytettävissä. Yritä uudelleen %n sekunnin kuluttua.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vainu is temporarily unavailable. Try again later.</source>
        <translation>Vainu ei ole tilapäisesti käytettävissä. Yritä myöhemmin uudelleen.</translation>
    </message>
    <message>
        <source>Vainu did not answer in time. Check the network connection and try again.</source>
        <translation>Vainu ei vastannut ajoissa. Tarkista verkkoyhteys ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Vainu&apos;s answer was too large to handle. Ask for fewer items at a time.</source>
        <translation>Vainun vastaus oli liian suuri käsiteltäväksi. Pyydä vähemmän kohteita kerralla.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Pyyntö peruttiin.</translation>
    </message>
    <message>
        <source>Vainu said: %1</source>
        <translation>Vainun vastaus: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Vainu refused the API key. Check the API key field.</source>
        <translation>Vainu hylkäsi API-avaimen. Tarkista API-avain-kenttä.</translation>
    </message>
    <message>
        <source>Vainu refused the API key. Check the key in File &gt; Settings.</source>
        <translation>Vainu hylkäsi API-avaimen. Tarkista avain kohdassa Tiedosto &gt; Asetukset.</translation>
    </message>
    <message>
        <source>Vainu could not find what was asked for. Check the Server field.</source>
        <translation>Vainu ei löytänyt pyydettyä. Tarkista Palvelin-kenttä.</translation>
    </message>
    <message>
        <source>Vainu could not find what was asked for: it may have been deleted already, or the server in File &gt; Settings may be wrong. Refresh and try again.</source>
        <translation>Vainu ei löytänyt pyydettyä: se on ehkä jo poistettu, tai palvelin kohdassa Tiedosto &gt; Asetukset voi olla väärä. Päivitä ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Cannot reach the Vainu server. Check the network connection and the Server field.</source>
        <translation>Vainun palvelimeen ei saada yhteyttä. Tarkista verkkoyhteys ja Palvelin-kenttä.</translation>
    </message>
    <message>
        <source>Cannot reach the Vainu server. Check the network connection and the server in File &gt; Settings.</source>
        <translation>Vainun palvelimeen ei saada yhteyttä. Tarkista verkkoyhteys ja palvelin kohdassa Tiedosto &gt; Asetukset.</translation>
    </message>
    <message>
        <source>The secure connection to the Vainu server failed. Check the Server field and the system&apos;s date and certificates.</source>
        <translation>Suojattu yhteys Vainun palvelimeen epäonnistui. Tarkista Palvelin-kenttä sekä järjestelmän päivämäärä ja varmenteet.</translation>
    </message>
    <message>
        <source>The secure connection to the Vainu server failed. Check the server in File &gt; Settings and the system&apos;s date and certificates.</source>
        <translation>Suojattu yhteys Vainun palvelimeen epäonnistui. Tarkista palvelin kohdassa Tiedosto &gt; Asetukset sekä järjestelmän päivämäärä ja varmenteet.</translation>
    </message>
    <message>
        <source>Vainu sent an answer this application cannot read. Check the Server field; if it is right, try again later.</source>
        <translation>Vainu lähetti vastauksen, jota tämä sovellus ei osaa lukea. Tarkista Palvelin-kenttä; jos se on oikein, yritä myöhemmin uudelleen.</translation>
    </message>
    <message>
        <source>Vainu sent an answer this application cannot read. Check the server in File &gt; Settings; if it is right, try again later.</source>
        <translation>Vainu lähetti vastauksen, jota tämä sovellus ei osaa lukea. Tarkista palvelin kohdassa Tiedosto &gt; Asetukset; jos se on oikein, yritä myöhemmin uudelleen.</translation>
    </message>
</context>
<context>
    <name>ApiKeyEdit</name>
    <message>
        <source>Hide key</source>
        <translation>Piilota avain</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Näytä avain</translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation>Piilota avain</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Näytä avain</translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <source>No profile could be loaded or created. %1</source>
        <translation>Profiilia ei voitu ladata eikä luoda. %1</translation>
    </message>
</context>
<context>
    <name>AppWindow</name>
    <message>
        <source>Profile</source>
        <translation>Profiili</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profiili:</translation>
    </message>
    <message>
        <source>&amp;Sandbox</source>
        <translation>&amp;Hiekkalaatikko</translation>
    </message>
    <message>
        <source>&amp;Reset the sandbox…</source>
        <translation>&amp;Palauta hiekkalaatikko alkutilaan…</translation>
    </message>
    <message>
        <source>Start the built-in sandbox over with its demo data</source>
        <translation>Aloita sisäänrakennettu hiekkalaatikko alusta esittelytiedoillaan</translation>
    </message>
    <message>
        <source>The sandbox started over with its demo data.</source>
        <translation>Hiekkalaatikko aloitti alusta esittelytiedoillaan.</translation>
    </message>
    <message>
        <source>Reset the sandbox?</source>
        <translation>Palautetaanko hiekkalaatikko alkutilaan?</translation>
    </message>
    <message>
        <source>The built-in sandbox goes back to its demo data: the customer data you imported, the company lists and the webhooks you made on it are deleted. The events you received stay in Live events.</source>
        <translation>Sisäänrakennettu hiekkalaatikko palaa esittelytietoihinsa: tuomasi asiakastiedot sekä siinä tekemäsi yrityslistat ja webhookit poistetaan. Vastaanottamasi tapahtumat säilyvät Live-tapahtumissa.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Reading the key for &quot;%1&quot; from the keychain…</source>
        <translation>Luetaan profiilin ”%1” avainta avainnipusta…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Asetukset…</translation>
    </message>
    <message>
        <source>No API key yet</source>
        <translation>Ei vielä API-avainta</translation>
    </message>
    <message>
        <source>Nothing is loaded from Vainu for the profile &quot;%1&quot; until its API key is saved. Enter the key of your Vainu account: this page loads as soon as you save it.</source>
        <translation>Profiilille ”%1” ei ladata mitään Vainusta ennen kuin sen API-avain on tallennettu. Syötä Vainu-tilisi avain: tämä sivu latautuu heti, kun tallennat sen.</translation>
    </message>
    <message>
        <source>No API key is saved for the profile &quot;%1&quot; yet.</source>
        <translation>Profiilille ”%1” ei ole vielä tallennettu API-avainta.</translation>
    </message>
    <message>
        <source>The API key could not be read</source>
        <translation>API-avainta ei voitu lukea</translation>
    </message>
    <message>
        <source>Enter the key…</source>
        <translation>Syötä avain…</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start</source>
        <translation>Sisäänrakennettu hiekkalaatikko ei käynnistynyt</translation>
    </message>
    <message>
        <source>%1

Nothing is loaded for the profile &quot;%2&quot; until the sandbox runs. Fix the cause and press Retry, or choose another profile in the Profile list above.</source>
        <translation>%1

Profiilille ”%2” ei ladata mitään ennen kuin hiekkalaatikko on käynnissä. Korjaa syy ja paina Yritä uudelleen, tai valitse toinen profiili yllä olevasta Profiili-luettelosta.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Yritä uudelleen</translation>
    </message>
    <message>
        <source>Sandbox not running</source>
        <translation>Hiekkalaatikko ei ole käynnissä</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>Sisäänrakennettu hiekkalaatikko ei käynnistynyt: %1</translation>
    </message>
    <message>
        <source>Tried again: the built-in sandbox still could not start.</source>
        <translation>Yritettiin uudelleen: sisäänrakennettu hiekkalaatikko ei vieläkään käynnistynyt.</translation>
    </message>
    <message>
        <source>Welcome! You are using the built-in sandbox: a stand-in for Vainu on this computer, with demo data, so every feature works right away. When you are ready, connect your own Vainu account.</source>
        <translation>Tervetuloa! Käytät sisäänrakennettua hiekkalaatikkoa: se korvaa Vainun tällä tietokoneella esittelytiedoin, joten kaikki toiminnot toimivat heti. Kun olet valmis, yhdistä oma Vainu-tilisi.</translation>
    </message>
    <message>
        <source>Connect your Vainu account…</source>
        <translation>Yhdistä Vainu-tilisi…</translation>
    </message>
    <message>
        <source>&amp;Show Vainu Webhooks</source>
        <translation>&amp;Näytä Vainu Webhooks</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>Receiving on %1</source>
        <translation>Vastaanotetaan osoitteessa %1</translation>
    </message>
    <message>
        <source>Receiver stopped</source>
        <translation>Vastaanotin pysäytetty</translation>
    </message>
    <message>
        <source>Still receiving</source>
        <translation>Vastaanotto jatkuu</translation>
    </message>
    <message>
        <source>Vainu Webhooks keeps receiving in the system tray. To stop it, choose Quit in the tray icon&apos;s menu. File &gt; Settings changes what closing the window does.</source>
        <translation>Vainu Webhooks jatkaa vastaanottoa ilmoitusalueella. Lopeta valitsemalla Lopeta ilmoitusalueen kuvakkeen valikosta. Tiedosto &gt; Asetukset muuttaa, mitä ikkunan sulkeminen tekee.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so the window is minimised instead of closed and the receiver keeps running. To stop it, choose File &gt; Quit.</source>
        <translation>Tällä työpöydällä ei ole ilmoitusaluetta, joten ikkuna pienennetään sulkemisen sijaan ja vastaanotin jatkaa toimintaansa. Lopeta valitsemalla Tiedosto &gt; Lopeta.</translation>
    </message>
    <message>
        <source>File &gt; Settings changes what closing the window does.</source>
        <translation>Tiedosto &gt; Asetukset muuttaa, mitä ikkunan sulkeminen tekee.</translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message>
        <source>Deleting… %1 of %2</source>
        <translation>Poistetaan… %1/%2</translation>
    </message>
    <message>
        <source>Removing… %1 of %2</source>
        <translation>Poistetaan listalta… %1/%2</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1 poistettu</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 poistettu listalta</translation>
    </message>
    <message>
        <source>%1 already gone</source>
        <translation>%1 oli jo poistettu</translation>
    </message>
    <message>
        <source>%1 not deleted</source>
        <translation>%1 jäi poistamatta</translation>
    </message>
    <message>
        <source>%1 not removed</source>
        <translation>%1 jäi poistamatta listalta</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Not deleted: %1
%2</source>
        <translation>Ei poistettu: %1
%2</translation>
    </message>
    <message>
        <source>Not removed: %1
%2</source>
        <translation>Ei poistettu listalta: %1
%2</translation>
    </message>
    <message>
        <source>Already gone: %1</source>
        <translation>Oli jo poistettu: %1</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Poistettu: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Poistettu listalta: %1</translation>
    </message>
    <message>
        <source>%1 of %2 could not be deleted. The list below says why; the page now shows what Vainu has.</source>
        <translation>%1/%2 ei voitu poistaa. Alla oleva luettelo kertoo syyn; sivu näyttää nyt sen, mitä Vainussa on.</translation>
    </message>
    <message>
        <source>%1 of %2 could not be removed. The list below says why; the page now shows what Vainu has.</source>
        <translation>%1/%2 ei voitu poistaa listalta. Alla oleva luettelo kertoo syyn; sivu näyttää nyt sen, mitä Vainussa on.</translation>
    </message>
</context>
<context>
    <name>BusinessIdText</name>
    <message>
        <source>The check digit of %1 is wrong: it should be %2.</source>
        <translation>Tunnuksen %1 tarkistusnumero on väärä: sen pitäisi olla %2.</translation>
    </message>
    <message>
        <source>%1 is not a Finnish business ID (Y-tunnus): it should be seven digits, a hyphen and a check digit, like 2822996-6.</source>
        <translation>%1 ei ole suomalainen Y-tunnus: siinä pitäisi olla seitsemän numeroa, yhdysmerkki ja tarkistusnumero, esimerkiksi 2822996-6.</translation>
    </message>
    <message>
        <source>%1 cannot be a Finnish business ID: no check digit fits its first seven digits.</source>
        <translation>%1 ei voi olla suomalainen Y-tunnus: sen seitsemään ensimmäiseen numeroon ei sovi mikään tarkistusnumero.</translation>
    </message>
    <message>
        <source>%1 is not a Swedish organisation number: it should have ten digits, like 556677-8899.</source>
        <translation>%1 ei ole ruotsalainen organisaationumero: siinä pitäisi olla kymmenen numeroa, esimerkiksi 556677-8899.</translation>
    </message>
    <message>
        <source>%1 is not a Norwegian organisation number: it should have nine digits, like 918443525.</source>
        <translation>%1 ei ole norjalainen organisaationumero: siinä pitäisi olla yhdeksän numeroa, esimerkiksi 918443525.</translation>
    </message>
    <message>
        <source>%1 cannot be a Norwegian organisation number: no check digit fits its first eight digits.</source>
        <translation>%1 ei voi olla norjalainen organisaationumero: sen kahdeksaan ensimmäiseen numeroon ei sovi mikään tarkistusnumero.</translation>
    </message>
    <message>
        <source>%1 is not a Danish CVR number: it should have eight digits, like 10150817.</source>
        <translation>%1 ei ole tanskalainen CVR-numero: siinä pitäisi olla kahdeksan numeroa, esimerkiksi 10150817.</translation>
    </message>
    <message>
        <source>%1 cannot be a Danish CVR number: no last digit makes its digits pass the check.</source>
        <translation>%1 ei voi olla tanskalainen CVR-numero: millään viimeisellä numerolla tunnus ei läpäise tarkistusta.</translation>
    </message>
    <message>
        <source>%1 is valid both as a Finnish and as a Danish business ID. Choose the country.</source>
        <translation>%1 kelpaa sekä suomalaiseksi Y-tunnukseksi että tanskalaiseksi CVR-numeroksi. Valitse maa.</translation>
    </message>
    <message>
        <source>%1 is neither a valid Finnish business ID nor a valid Danish CVR number. Check the number, or choose the country to see why.</source>
        <translation>%1 ei ole kelvollinen suomalainen Y-tunnus eikä tanskalainen CVR-numero. Tarkista numero tai valitse maa nähdäksesi syyn.</translation>
    </message>
    <message>
        <source>Cannot tell which country the business ID %1 is from. Choose the country, or write the ID with its country code, like NO918443525.</source>
        <translation>Tunnuksesta %1 ei voi päätellä maata. Valitse maa tai kirjoita tunnus maakoodin kanssa, esimerkiksi NO918443525.</translation>
    </message>
    <message numerus="yes">
        <source>The business ID is too long (%n characters). Business IDs have at most a few dozen characters.</source>
        <translation>
            <numerusform>Y-tunnus on liian pitkä (%n merkki). Yritystunnuksissa on enintään muutamia kymmeniä merkkejä.</numerusform>
            <numerusform>Y-tunnus on liian pitkä (%n merkkiä). Yritystunnuksissa on enintään muutamia kymmeniä merkkejä.</numerusform>
        </translation>
    </message>
    <message>
        <source>The business ID is empty.</source>
        <translation>Y-tunnus on tyhjä.</translation>
    </message>
    <message>
        <source>Business IDs from the country %1 cannot be checked. Supported countries: %2.</source>
        <translation>Maan %1 yritystunnuksia ei voi tarkistaa. Tuetut maat: %2.</translation>
    </message>
    <message>
        <source>%1 contains &quot;%2&quot;, which does not belong in a business ID. Use digits, and a hyphen where the country uses one.</source>
        <translation>%1 sisältää merkin ”%2”, joka ei kuulu yritystunnukseen. Käytä numeroita ja yhdysmerkkiä, jos maan tunnuksissa on sellainen.</translation>
    </message>
    <message>
        <source>%1 has no digits.</source>
        <translation>Tunnuksessa %1 ei ole numeroita.</translation>
    </message>
</context>
<context>
    <name>CatchUp</name>
    <message>
        <source>The event history is not open.</source>
        <translation>Tapahtumahistoria ei ole auki.</translation>
    </message>
    <message>
        <source>The event history was closed before the changes could be recorded.</source>
        <translation>Tapahtumahistoria suljettiin ennen kuin muutokset ehdittiin tallentaa.</translation>
    </message>
</context>
<context>
    <name>CatchUpChanges</name>
    <message>
        <source>Cannot create a temporary file in &quot;%1&quot;: %2. Free some disk space and try again.</source>
        <translation>Väliaikaistiedostoa ei voi luoda kansioon ”%1”: %2. Vapauta levytilaa ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Cannot write the changes found to a temporary file: %1. Free some disk space and try again.</source>
        <translation>Löydettyjä muutoksia ei voi kirjoittaa väliaikaistiedostoon: %1. Vapauta levytilaa ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>it is not open</source>
        <translation>se ei ole auki</translation>
    </message>
    <message>
        <source>Cannot read the changes found from &quot;%1&quot;: %2.</source>
        <translation>Löydettyjä muutoksia ei voi lukea tiedostosta ”%1”: %2.</translation>
    </message>
    <message>
        <source>The file of changes found, &quot;%1&quot;, is damaged.</source>
        <translation>Löydettyjen muutosten tiedosto ”%1” on vioittunut.</translation>
    </message>
</context>
<context>
    <name>CatchUpWorker</name>
    <message>
        <source>The event history could not be read: %1</source>
        <translation>Tapahtumahistoriaa ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>The changes found could not be recorded: %1</source>
        <translation>Löydettyjä muutoksia ei voitu tallentaa: %1</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>The image could not be encoded.</source>
        <translation>Kuvaa ei voitu koodata.</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>&amp;Kopioi kaavio</translation>
    </message>
    <message>
        <source>&amp;Save Chart As…</source>
        <translation>&amp;Tallenna kaavio nimellä…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-kuva (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-piirros (*.svg)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Tallenna kaavio</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>kaavio</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation>Kaaviota ei voitu tallentaa tiedostoon %1.</translation>
    </message>
</context>
<context>
    <name>CliConnection</name>
    <message>
        <source>The base URL &quot;%1&quot; is not usable: give an absolute http(s) URL such as https://api.vainu.io/api/v2/.</source>
        <translation>Perus-URL ”%1” ei kelpaa: anna absoluuttinen http(s)-URL, esimerkiksi https://api.vainu.io/api/v2/.</translation>
    </message>
    <message>
        <source>No API key: set the environment variable %1 when using --base-url.</source>
        <translation>Ei API-avainta: aseta ympäristömuuttuja %1, kun käytät valitsinta --base-url.</translation>
    </message>
    <message>
        <source>No profile is set up yet. Start the app once, or use --base-url URL with the key in %1.</source>
        <translation>Profiilia ei ole vielä määritetty. Käynnistä sovellus kerran tai käytä valitsinta --base-url URL ja avainta muuttujassa %1.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;; no profiles are set up yet.</source>
        <translation>Profiilia nimeltä ”%1” ei ole; profiileja ei ole vielä määritetty.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. Profiles: %2.</source>
        <translation>Profiilia nimeltä ”%1” ei ole. Profiilit: %2.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; uses the built-in sandbox, which runs only inside the app. Start vainu-sandbox and use --base-url with its address instead.</source>
        <translation>Profiili ”%1” käyttää sisäänrakennettua hiekkalaatikkoa, joka toimii vain sovelluksen sisällä. Käynnistä sen sijaan vainu-sandbox ja käytä valitsinta --base-url sen osoitteella.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no API key yet. Enter it in the app&apos;s Settings, or set %2.</source>
        <translation>Profiililla ”%1” ei ole vielä API-avainta. Syötä se sovelluksen asetuksissa tai aseta %2.</translation>
    </message>
    <message>
        <source>The API key of the profile &quot;%1&quot; could not be read from the keychain: %2 Set %3 instead.</source>
        <translation>Profiilin ”%1” API-avainta ei voitu lukea avainnipusta: %2 Aseta sen sijaan %3.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Unknown option: %1</source>
        <translation>Tuntematon valinta: %1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Tuntematon komento: %1</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for the commands and options.</source>
        <translation>Komennot ja valinnat: &quot;%1 --help&quot;.</translation>
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
        <translation>Käyttö: %1 [KOMENTO] [VALITSIMET]

Ilman komentoa avaa ikkunan (sisäänrakennetussa hiekkalaatikossa, kunnes tili on määritetty).

Komennot:
  webhooks list|add|delete     tilin webhook-määritykset
  customers list|import|export asiakastiedot, joita Vainu seuraa puolestasi
  events export                vastaanotetut tapahtumat JSON Lines- tai CSV-muodossa
  events catch-up              etsi pysähdyksen aikana saamatta jääneet muutokset
  events replay --to URL       lähetä tallennetut tapahtumat uudelleen URL-osoitteeseen, kuten Vainu ne lähetti
  events stats --by MITÄ       laske tallennetut tapahtumat päivän, tunnin, muuttuneen kentän,
                               alueen, yrityksen tai alkuperän mukaan
  receiver check|status|subscribe  tarkista, että Vainu tavoittaa vastaanottimen julkisen URL:n,
                               näytä sen tila, rekisteröi se webhookiksi
  --headless                   vastaanotin ja tapahtumavarasto ilman ikkunaa

Valitsimet:
  -h, --help                   tämä ohje; ”%1 KOMENTO --help” näyttää komennon oman ohjeen
  -v, --version                versio
  --minimized                  avaa ikkuna piilotettuna ilmoitusalueelle (pienennettynä, jos
                               ilmoitusaluetta ei ole), vastaanotin päällä

Komennot käyttävät aktiivista profiilia, --profile NIMI tai --base-url URL ja avain muuttujassa
VAINU_API_KEY. Paluuarvot: 0 onnistui, 1 API-, verkko- tai tallennusvirhe, 2 käyttövirhe.
</translation>
    </message>
</context>
<context>
    <name>CompanyCharts</name>
    <message>
        <source>Staff and turnover over time</source>
        <translation>Henkilöstö ja liikevaihto ajan mittaan</translation>
    </message>
    <message>
        <source>Select an event to chart its company&apos;s staff and turnover.</source>
        <translation>Valitse tapahtuma, niin sen yrityksen henkilöstö ja liikevaihto näkyvät kaaviona.</translation>
    </message>
    <message>
        <source>%1 bn€</source>
        <comment>turnover in thousands of millions of euros</comment>
        <translation>%1 mrd. €</translation>
    </message>
    <message>
        <source>%1 M€</source>
        <comment>turnover in millions of euros</comment>
        <translation>%1 M€</translation>
    </message>
    <message>
        <source>%1 k€</source>
        <comment>turnover in thousands of euros</comment>
        <translation>%1 t€</translation>
    </message>
    <message>
        <source>%1 €</source>
        <comment>turnover in euros</comment>
        <translation>%1 €</translation>
    </message>
    <message>
        <source>This event is in no company&apos;s history.</source>
        <translation>Tämä tapahtuma ei kuulu minkään yrityksen historiaan.</translation>
    </message>
    <message>
        <source>Only one event of this company so far: its chart starts with the second.</source>
        <translation>Yrityksellä on vasta yksi tapahtuma: kaavio alkaa toisesta.</translation>
    </message>
    <message numerus="yes">
        <source>None of this company&apos;s %n event(s) carries a staff number or a turnover to chart.</source>
        <translation>
            <numerusform>Yrityksen ainoassa tapahtumassa ei ole henkilöstömäärää eikä liikevaihtoa kaavioon.</numerusform>
            <numerusform>Yhdessäkään yrityksen %n tapahtumasta ei ole henkilöstömäärää eikä liikevaihtoa kaavioon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Tilan muutos</translation>
    </message>
    <message>
        <source>%1 · status %2 → %3</source>
        <translation>%1 · tila %2 → %3</translation>
    </message>
    <message>
        <source>Point at a mark for its date and value; click it to select that event.</source>
        <translation>Osoita merkkiä, niin näet sen päivän ja arvon; napsauta, niin tapahtuma valitaan.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Henkilöstö</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Liikevaihto</translation>
    </message>
    <message>
        <source>%1 · staff %2</source>
        <translation>%1 · henkilöstö %2</translation>
    </message>
    <message>
        <source>%1 · turnover %2</source>
        <translation>%1 · liikevaihto %2</translation>
    </message>
</context>
<context>
    <name>CompanyHistoryView</name>
    <message>
        <source>List</source>
        <translation>Luettelo</translation>
    </message>
    <message>
        <source>Every event of this company, as a list</source>
        <translation>Yrityksen kaikki tapahtumat luettelona</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Kaavio</translation>
    </message>
    <message>
        <source>This company&apos;s staff and turnover over time, with its status changes</source>
        <translation>Yrityksen henkilöstö ja liikevaihto ajan mittaan, tilan muutokset merkittyinä</translation>
    </message>
</context>
<context>
    <name>CompanyListModel</name>
    <message>
        <source>A static list: you choose its companies.</source>
        <translation>Staattinen lista: valitset sen yritykset itse.</translation>
    </message>
    <message>
        <source>A dynamic list: a saved search in Vainu. Its companies follow the search, so they cannot be changed here.</source>
        <translation>Dynaaminen lista: Vainuun tallennettu haku. Sen yritykset seuraavat hakua, joten niitä ei voi muuttaa täällä.</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (oletus)</translation>
    </message>
    <message>
        <source>Static</source>
        <translation>Staattinen</translation>
    </message>
    <message>
        <source>Dynamic</source>
        <translation>Dynaaminen</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Yritykset</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Omistaja</translation>
    </message>
</context>
<context>
    <name>CompanyListsPanel</name>
    <message>
        <source>&lt;b&gt;Company lists&lt;/b&gt;</source>
        <translation>&lt;b&gt;Yrityslistat&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;New list…</source>
        <translation>&amp;Uusi lista…</translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation>Poista lista</translation>
    </message>
    <message>
        <source>This is a dynamic list: a saved search in Vainu. Its companies follow the search, so they can only be changed by editing the search in Vainu.</source>
        <translation>Tämä on dynaaminen lista: Vainuun tallennettu haku. Sen yritykset seuraavat hakua, joten niitä voi muuttaa vain muokkaamalla hakua Vainussa.</translation>
    </message>
    <message>
        <source>&amp;Add companies…</source>
        <translation>&amp;Lisää yrityksiä…</translation>
    </message>
    <message>
        <source>Paste business ids, as many as you like</source>
        <translation>Liitä Y-tunnuksia, niin monta kuin haluat</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Previous companies</source>
        <translation>Edelliset yritykset</translation>
    </message>
    <message>
        <source>Next companies</source>
        <translation>Seuraavat yritykset</translation>
    </message>
    <message>
        <source>The company lists could not be loaded.</source>
        <translation>Yrityslistoja ei voitu ladata.</translation>
    </message>
    <message>
        <source>The companies of the list could not be loaded.</source>
        <translation>Listan yrityksiä ei voitu ladata.</translation>
    </message>
    <message>
        <source>New company list</source>
        <translation>Uusi yrityslista</translation>
    </message>
    <message>
        <source>Name of the static list:</source>
        <translation>Staattisen listan nimi:</translation>
    </message>
    <message>
        <source>The list was not created.</source>
        <translation>Listaa ei luotu.</translation>
    </message>
    <message>
        <source>Created the list %1.</source>
        <translation>Lista %1 luotiin.</translation>
    </message>
    <message>
        <source>Delete company list</source>
        <translation>Poista yrityslista</translation>
    </message>
    <message>
        <source>Delete the list %1? The companies themselves stay in Vainu.</source>
        <translation>Poistetaanko lista %1? Itse yritykset jäävät Vainuun.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message numerus="yes">
        <source>Added %n company(s) to %1.</source>
        <translation>
            <numerusform>%n yritys lisättiin listaan %1.</numerusform>
            <numerusform>%n yritystä lisättiin listaan %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1–%2 of %n company(s)</source>
        <translation>
            <numerusform>%1–%2 / %n yritys</numerusform>
            <numerusform>%1–%2 / %n yritystä</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove companies from %1</source>
        <translation>Poista yritykset listalta %1</translation>
    </message>
    <message>
        <source>No company was added.</source>
        <translation>Yhtään yritystä ei lisätty.</translation>
    </message>
    <message>
        <source>Vainu does not know the business id %1.</source>
        <translation>Vainu ei tunne Y-tunnusta %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n company(s) were added to %1. These ids were not:</source>
        <translation>
            <numerusform>%n yritys lisättiin listaan %1. Näitä tunnuksia ei lisätty:</numerusform>
            <numerusform>%n yritystä lisättiin listaan %1. Näitä tunnuksia ei lisätty:</numerusform>
        </translation>
    </message>
    <message>
        <source>No company was added to %1. These ids were not accepted:</source>
        <translation>Listaan %1 ei lisätty yhtään yritystä. Näitä tunnuksia ei hyväksytty:</translation>
    </message>
</context>
<context>
    <name>CompanyTableModel</name>
    <message>
        <source>Business id</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kaupunki</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Verkkotunnus</translation>
    </message>
</context>
<context>
    <name>CompanyTimeline</name>
    <message>
        <source>Company timeline</source>
        <translation>Yrityksen aikajana</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Saapui</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Muuttuneet kentät</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Kerrat</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Merkinnät</translation>
    </message>
    <message>
        <source>(first seen)</source>
        <translation>(ensimmäinen)</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>kaksoiskappale</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>vanhentunut</translation>
    </message>
</context>
<context>
    <name>ConnectionGuard</name>
    <message>
        <source>The request head is larger than %1 bytes.</source>
        <translation>Pyynnön otsakeosa on suurempi kuin %1 tavua.</translation>
    </message>
    <message>
        <source>Malformed request: %1.</source>
        <translation>Virheellinen pyyntö: %1.</translation>
    </message>
    <message>
        <source>The request did not arrive completely within %1 ms.</source>
        <translation>Pyyntö ei saapunut kokonaan %1 ms:n kuluessa.</translation>
    </message>
    <message>
        <source>More than %1 requests on this connection are waiting for their answers.</source>
        <translation>Tällä yhteydellä odottaa vastaustaan yli %1 pyyntöä.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Connected. The key works; the account has no webhooks yet, so its user name is not known.</source>
        <translation>Yhdistetty. Avain toimii; tilillä ei ole vielä webhookeja, joten sen käyttäjänimeä ei tiedetä.</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>Yhdistetty käyttäjänä %1.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: a quote inside an unquoted field was kept as text.</source>
        <translation>Rivi %1: lainausmerkki lainausmerkeittä kirjoitetun kentän sisällä säilytettiin tekstinä.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Sarake %1</translation>
    </message>
    <message>
        <source>The quoted field that starts on line %1 is never closed: the file may be cut short. Check the end of the file.</source>
        <translation>Rivillä %1 alkavaa lainausmerkeissä olevaa kenttää ei suljeta koskaan: tiedosto saattaa olla katkennut. Tarkista tiedoston loppu.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2. Check that the file exists and that you may read it.</source>
        <translation>Tiedostoa %1 ei voi avata: %2. Tarkista, että tiedosto on olemassa ja että sinulla on lukuoikeus siihen.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB. Split it into smaller files.</source>
        <translation>%1 on suurempi kuin %2 Mt. Jaa se pienempiin tiedostoihin.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Tiedostoa %1 ei voi lukea: %2.</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header line and no rows.</source>
        <translation>%1 on tyhjä: siinä ei ole otsikkoriviä eikä rivejä.</translation>
    </message>
    <message numerus="yes">
        <source>Line %1 has %n field(s); the header has %2.</source>
        <translation>
            <numerusform>Rivillä %1 on %n kenttä; otsikkorivillä on %2.</numerusform>
            <numerusform>Rivillä %1 on %n kenttää; otsikkorivillä on %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerCsvMapping</name>
    <message>
        <source>Cannot read the mapping &quot;%1&quot;: write field=column, where field is one of %2 and column is a header name or a column number.</source>
        <translation>Sarakemääritystä ”%1” ei voi lukea: kirjoita kenttä=sarake, missä kenttä on jokin seuraavista: %2, ja sarake on otsikon nimi tai sarakkeen numero.</translation>
    </message>
    <message>
        <source>The mapping names the column &quot;%1&quot;, but the file has no such column. Its columns are: %2.</source>
        <translation>Sarakemäärityksessä mainitaan sarake ”%1”, mutta tiedostossa ei ole sellaista. Sen sarakkeet ovat: %2.</translation>
    </message>
    <message>
        <source>Choose the column that holds the unique id (your CRM&apos;s own id for each company).</source>
        <translation>Valitse sarake, jossa on yksilöllinen tunniste (CRM-järjestelmäsi oma tunniste kullekin yritykselle).</translation>
    </message>
    <message>
        <source>Choose the column with the company name or the business id: Vainu matches on them.</source>
        <translation>Valitse sarake, jossa on yrityksen nimi tai Y-tunnus: Vainu tunnistaa yritykset niiden perusteella.</translation>
    </message>
    <message>
        <source>The unique id &quot;%1&quot; is already on line %2; each id may appear once.</source>
        <translation>Yksilöllinen tunniste ”%1” on jo rivillä %2; kukin tunniste saa esiintyä vain kerran.</translation>
    </message>
    <message numerus="yes">
        <source>The line has %n field(s); the header has %1.</source>
        <translation>
            <numerusform>Rivillä on %n kenttä; otsikkorivillä on %1.</numerusform>
            <numerusform>Rivillä on %n kenttää; otsikkorivillä on %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>not set</source>
        <translation>ei asetettu</translation>
    </message>
    <message>
        <source>Edit customer record</source>
        <translation>Muokkaa asiakastietuetta</translation>
    </message>
    <message>
        <source>Add customer record</source>
        <translation>Lisää asiakastietue</translation>
    </message>
    <message>
        <source>Your CRM&apos;s id for this company</source>
        <translation>CRM-järjestelmäsi tunniste tälle yritykselle</translation>
    </message>
    <message>
        <source>&amp;Unique id:</source>
        <translation>&amp;Yksilöllinen tunniste:</translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation>Yrityksen &amp;nimi:</translation>
    </message>
    <message>
        <source>2822996-6, 25578642 or NO918443525</source>
        <translation>2822996-6, 25578642 tai NO918443525</translation>
    </message>
    <message>
        <source>&amp;Business id:</source>
        <translation>Y-&amp;tunnus:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Maa:</translation>
    </message>
    <message>
        <source>owner@example.com</source>
        <translation>omistaja@example.com</translation>
    </message>
    <message>
        <source>&amp;Owner email:</source>
        <translation>&amp;Omistajan sähköposti:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avoimet</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Voitetut</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Hävityt</translation>
    </message>
    <message>
        <source>Deals:</source>
        <translation>Kaupat:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Muistiinpanot:</translation>
    </message>
    <message>
        <source>Vainu did not save the record. %1</source>
        <translation>Vainu ei tallentanut tietuetta. %1</translation>
    </message>
    <message>
        <source>The unique id is this record&apos;s key in Vainu and cannot be changed. To use another id, add a new record and delete this one.</source>
        <translation>Yksilöivä tunnus on tämän tietueen avain Vainussa, eikä sitä voi muuttaa. Jos haluat käyttää toista tunnusta, lisää uusi tietue ja poista tämä.</translation>
    </message>
</context>
<context>
    <name>CustomerFields</name>
    <message>
        <source>Unique id</source>
        <translation>Yksilöllinen tunniste</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Yrityksen nimi</translation>
    </message>
    <message>
        <source>Business id</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Owner email</source>
        <translation>Omistajan sähköposti</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Avoimet kaupat</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>Voitetut kaupat</translation>
    </message>
    <message>
        <source>Lost deals</source>
        <translation>Hävityt kaupat</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Viimeksi päivitetty</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ohita)</translation>
    </message>
    <message>
        <source>The unique id is missing. Every record needs its own id from your CRM.</source>
        <translation>Yksilöllinen tunniste puuttuu. Jokainen tietue tarvitsee oman tunnisteensa CRM-järjestelmästäsi.</translation>
    </message>
    <message>
        <source>The unique id is longer than %1 characters.</source>
        <translation>Yksilöllinen tunniste on pidempi kuin %1 merkkiä.</translation>
    </message>
    <message>
        <source>The unique id may not contain &quot;/&quot;.</source>
        <translation>Yksilöllinen tunniste ei saa sisältää merkkiä ”/”.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address (expected name@example.com).</source>
        <translation>”%1” ei ole sähköpostiosoite (odotettiin muotoa nimi@example.com).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code. Use the two-letter ISO code, such as FI, SE, NO or DK.</source>
        <translation>”%1” ei ole maakoodi. Käytä kaksikirjaimista ISO-koodia, kuten FI, SE, NO tai DK.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of zero or more.</source>
        <translation>”%1” ei ole kokonaisluku, joka on nolla tai suurempi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Use 2024-05-31 or 31.5.2024.</source>
        <translation>”%1” ei ole päivämäärä. Käytä muotoa 2024-05-31 tai 31.5.2024.</translation>
    </message>
    <message>
        <source>Give a company name or a business id: Vainu needs one of them to find the company.</source>
        <translation>Anna yrityksen nimi tai Y-tunnus: Vainu tarvitsee toisen niistä löytääkseen yrityksen.</translation>
    </message>
</context>
<context>
    <name>CustomerImportReport</name>
    <message>
        <source>Not sent: the import was cancelled.</source>
        <translation>Ei lähetetty: tuonti peruttiin.</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Ei lähetetty.</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 failed, %4 not valid, %5 not sent</source>
        <translation>luotu %1, päivitetty %2, epäonnistui %3, virheellisiä %4, lähettämättä %5</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Ei lähetetty</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Luotu</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Päivitetty</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Epäonnistui</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>Virheellinen</translation>
    </message>
</context>
<context>
    <name>CustomerImporter</name>
    <message>
        <source>Exists already in Vainu; not updated because the import was cancelled.</source>
        <translation>On jo Vainussa; ei päivitetty, koska tuonti peruttiin.</translation>
    </message>
    <message>
        <source>Exists already in Vainu, and the update failed: %1</source>
        <translation>On jo Vainussa, ja päivitys epäonnistui: %1</translation>
    </message>
    <message>
        <source>Vainu did not store the record and gave no reason.</source>
        <translation>Vainu ei tallentanut tietuetta eikä kertonut syytä.</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>Matched</source>
        <translation>Tunnistettu</translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation>Ei tunnistettu</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Odottaa</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tuntematon</translation>
    </message>
    <message>
        <source>Vainu found the company (%1, %2). Changes to it are sent to your webhooks.</source>
        <translation>Vainu löysi yrityksen (%1, %2). Sen muutokset lähetetään webhookeihisi.</translation>
    </message>
    <message>
        <source>Vainu found no company for this record, so no changes are sent for it. Check the business id and the country, or the exact company name.</source>
        <translation>Vainu ei löytänyt tälle tietueelle yritystä, joten siitä ei lähetetä muutoksia. Tarkista Y-tunnus ja maa tai yrityksen tarkka nimi.</translation>
    </message>
    <message>
        <source>Vainu has not matched this record yet. Matching can take a while; refresh later.</source>
        <translation>Vainu ei ole vielä tunnistanut tätä tietuetta. Tunnistus voi kestää hetken; päivitä myöhemmin.</translation>
    </message>
    <message>
        <source>Vainu did not say whether it matched this record.</source>
        <translation>Vainu ei kertonut, tunnistiko se tämän tietueen.</translation>
    </message>
    <message>
        <source>%1 open, %2 won, %3 lost</source>
        <translation>avoimia %1, voitettuja %2, hävittyjä %3</translation>
    </message>
    <message>
        <source>Unique id</source>
        <translation>Tunniste</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <source>Business id</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Omistaja</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Kaupat</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Päivitetty</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Tunnistus</translation>
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
        <translation>Listaa, tuo ja vie Vainu-tilin asiakastiedot (seuratut yritykset).

Komennot:
  customers list [--json]                    kaikki tietueet tunnistustilan kera
  customers import TIEDOSTO.csv [--mapping M]
                                             luo tai päivitä tietueet CSV-tiedostosta
  customers export [--output TIEDOSTO.csv]   kaikki tietueet CSV-muodossa (oletuksena vakiotulosteeseen)

import lukee pilkuin, puolipistein tai sarkaimin erotettuja tiedostoja (UTF-8 tai ISO-8859-1).
Sarakkeet tunnistetaan otsikoista; --mapping nimeää ne: kenttä=sarake,... missä kenttä on jokin
seuraavista: %1, ja sarake on otsikko tai sarakkeen numero. Virheellisiä rivejä ei lähetetä;
jo olemassa oleva tietue päivitetään. Raportti luettelee jokaisen rivin, jota ei tallennettu;
--failures TIEDOSTO.csv tallentaa ne korjattaviksi ja uudelleen tuotaviksi.

Tili on aktiivinen profiili, tai --profile NIMI, tai --base-url URL ja API-avain
ympäristömuuttujassa %2.

Paluuarvot: 0 onnistui, 1 API- tai verkkovirhe tai rivi jäi tallentamatta, 2 käyttövirhe.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Näytä tämä ohje.</translation>
    </message>
    <message>
        <source>list, import: print JSON.</source>
        <translation>list, import: tulosta JSON.</translation>
    </message>
    <message>
        <source>import: which column is which field.</source>
        <translation>import: mikä sarake on mikäkin kenttä.</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>import: save the rows not stored here.</source>
        <translation>import: tallenna tallentamatta jääneet rivit tähän.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>TIEDOSTO</translation>
    </message>
    <message>
        <source>export: write to this file.</source>
        <translation>export: kirjoita tähän tiedostoon.</translation>
    </message>
    <message>
        <source>import: records per request (1-1000, default 250).</source>
        <translation>import: tietueita pyyntöä kohden (1–1000, oletus 250).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Use the profile with this name.</source>
        <translation>Käytä tämännimistä profiilia.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NIMI</translation>
    </message>
    <message>
        <source>Use this API address.</source>
        <translation>Käytä tätä API-osoitetta.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The command group.</source>
        <translation>Komentoryhmä.</translation>
    </message>
    <message>
        <source>list, import or export.</source>
        <translation>list, import tai export.</translation>
    </message>
    <message>
        <source>Run &quot;%1 customers --help&quot; for help.</source>
        <translation>Ohjeen saat komennolla ”%1 customers --help”.</translation>
    </message>
    <message>
        <source>Name a command: list, import or export.</source>
        <translation>Anna komento: list, import tai export.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: use list, import or export.</source>
        <translation>Tuntematon komento ”%1”: käytä komentoa list, import tai export.</translation>
    </message>
    <message>
        <source>import takes exactly one CSV file.</source>
        <translation>import ottaa täsmälleen yhden CSV-tiedoston.</translation>
    </message>
    <message>
        <source>%1 takes no arguments.</source>
        <translation>%1 ei ota argumentteja.</translation>
    </message>
    <message>
        <source>Use either --profile or --base-url, not both.</source>
        <translation>Käytä joko valitsinta --profile tai --base-url, ei molempia.</translation>
    </message>
    <message>
        <source>--batch-size must be a number from 1 to %1.</source>
        <translation>--batch-size on luku väliltä 1–%1.</translation>
    </message>
    <message>
        <source>%1 Columns found: %2. Name them with --mapping, e.g. --mapping unique_id=Id.</source>
        <translation>%1 Löydetyt sarakkeet: %2. Nimeä ne valitsimella --mapping, esim. --mapping unique_id=Id.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n tietue.</numerusform>
            <numerusform>%n tietuetta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Tiedostoon %1 ei voi kirjoittaa: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s).</source>
        <translation>
            <numerusform>Vietiin %n tietue.</numerusform>
            <numerusform>Vietiin %n tietuetta.</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1 (%2): %3: %4</source>
        <translation>rivi %1 (%2): %3: %4</translation>
    </message>
    <message numerus="yes">
        <source>Read %n row(s) (%1, separated by &quot;%2&quot;); mapping: %3</source>
        <translation>
            <numerusform>Luettiin %n rivi (%1, erotin ”%2”); sarakemääritys: %3</numerusform>
            <numerusform>Luettiin %n riviä (%1, erotin ”%2”); sarakemääritys: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>No customer data yet</source>
        <translation>Ei vielä asiakastietoja</translation>
    </message>
    <message>
        <source>Customer data tells Vainu which companies you follow: usually the accounts of your CRM. Vainu matches each record to a company and sends its changes to your webhooks. Import a CSV export of your CRM, or add records one by one.</source>
        <translation>Asiakastiedot kertovat Vainulle, mitä yrityksiä seuraat – yleensä CRM-järjestelmäsi asiakkaat. Vainu yhdistää jokaisen tietueen yritykseen ja lähettää sen muutokset webhookeihisi. Tuo CRM-järjestelmästäsi viety CSV-tiedosto tai lisää tietueet yksitellen.</translation>
    </message>
    <message>
        <source>Import from CSV…</source>
        <translation>Tuo CSV-tiedostosta…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lisää…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation>Muokkaa valittua tietuetta</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Delete the selected records (Del)</source>
        <translation>Poista valitut tietueet (Del)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Tuo CSV…</translation>
    </message>
    <message>
        <source>Import customer records from a CSV file (or drop the file on this page)</source>
        <translation>Tuo asiakastietueita CSV-tiedostosta (tai pudota tiedosto tälle sivulle)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Vie CSV…</translation>
    </message>
    <message>
        <source>Save the rows shown, or the selected ones, as a CSV file</source>
        <translation>Tallenna näytetyt tai valitut rivit CSV-tiedostoksi</translation>
    </message>
    <message>
        <source>Show &amp;events</source>
        <translation>Näytä t&amp;apahtumat</translation>
    </message>
    <message>
        <source>Show the company changes Vainu sent for the selected company</source>
        <translation>Näytä Vainun valitusta yrityksestä lähettämät muutokset</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>P&amp;äivitä</translation>
    </message>
    <message>
        <source>Load this page again from Vainu (F5)</source>
        <translation>Lataa tämä sivu uudelleen Vainusta (F5)</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Kaikki tilat</translation>
    </message>
    <message>
        <source>Search this page</source>
        <translation>Hae tältä sivulta</translation>
    </message>
    <message>
        <source>Shows the rows of this page that contain every word you type. Vainu&apos;s API has no search, so choose a bigger page size to search more rows at once.</source>
        <translation>Näyttää tämän sivun rivit, jotka sisältävät jokaisen kirjoittamasi sanan. Vainun API:ssa ei ole hakua, joten valitse suurempi sivukoko, jos haluat hakea useammasta rivistä kerralla.</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Edellinen</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Seuraava ▶</translation>
    </message>
    <message>
        <source>%1 per page</source>
        <translation>%1 sivulla</translation>
    </message>
    <message>
        <source>The customer data could not be loaded. %1</source>
        <translation>Asiakastietoja ei voitu ladata. %1</translation>
    </message>
    <message>
        <source>Saved the record %1.</source>
        <translation>Tietue %1 tallennettiin.</translation>
    </message>
    <message>
        <source>Delete customer records</source>
        <translation>Poista asiakastietueita</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)? Vainu stops tracking these companies for you:</source>
        <translation>
            <numerusform>Poistetaanko %n tietue? Vainu lopettaa tämän yrityksen seuraamisen puolestasi:</numerusform>
            <numerusform>Poistetaanko %n tietuetta? Vainu lopettaa näiden yritysten seuraamisen puolestasi:</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Export customer data</source>
        <translation>Vie asiakastiedot</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>Tiedostoon %1 ei voi kirjoittaa: %2. Valitse toinen kansio.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>%n tietue vietiin tiedostoon %1.</numerusform>
            <numerusform>%n tietuetta vietiin tiedostoon %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>No record on this page matches</source>
        <translation>Mikään tämän sivun tietue ei vastaa hakua</translation>
    </message>
    <message>
        <source>The search and the status filter apply to the records of this page only. Clear them, or look on the other pages.</source>
        <translation>Haku ja tilasuodatin koskevat vain tämän sivun tietueita. Tyhjennä ne tai katso muilta sivuilta.</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Tyhjennä suodatin</translation>
    </message>
    <message>
        <source>No records</source>
        <translation>Ei tietueita</translation>
    </message>
    <message>
        <source>The record %1 could not be opened. %2</source>
        <translation>Tietuetta %1 ei voitu avata. %2</translation>
    </message>
    <message>
        <source>Customer data actions</source>
        <translation>Asiakastietojen toiminnot</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Lisää toimintoja</translation>
    </message>
    <message>
        <source>Filter by match status</source>
        <translation>Suodata täsmäytyksen tilan mukaan</translation>
    </message>
    <message>
        <source>Add a customer record (%1)</source>
        <translation>Lisää asiakastietue (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) on this page</source>
        <translation>
            <numerusform>%Ln tietue tällä sivulla</numerusform>
            <numerusform>%Ln tietuetta tällä sivulla</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1–%L2 of %Ln record(s)</source>
        <translation>
            <numerusform>%L1–%L2 / %Ln tietue</numerusform>
            <numerusform>%L1–%L2 / %Ln tietuetta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveryReading</name>
    <message>
        <source>%1: %2 read as %3</source>
        <translation>%1: %2 luettiin arvona %3</translation>
    </message>
    <message>
        <source>the body is %1, not an object</source>
        <translation>runko on %1, ei objekti</translation>
    </message>
    <message>
        <source>there is no &quot;data&quot; object</source>
        <translation>&quot;data&quot;-objektia ei ole</translation>
    </message>
    <message>
        <source>&quot;data&quot; is %1, not an object</source>
        <translation>&quot;data&quot; on %1, ei objekti</translation>
    </message>
    <message>
        <source>there is no &quot;unique_id&quot;</source>
        <translation>&quot;unique_id&quot; puuttuu</translation>
    </message>
    <message>
        <source>&quot;unique_id&quot; is empty</source>
        <translation>&quot;unique_id&quot; on tyhjä</translation>
    </message>
    <message>
        <source>&quot;unique_id&quot; is %1, not a text or a number</source>
        <translation>&quot;unique_id&quot; on %1, ei teksti eikä luku</translation>
    </message>
</context>
<context>
    <name>EditAndSendDialog</name>
    <message>
        <source>Edit and send</source>
        <translation>Muokkaa ja lähetä</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Sisältö</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>Lähetä &amp;kohteeseen:</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Lähetä</translation>
    </message>
    <message>
        <source>Answer body</source>
        <translation>Vastauksen runko</translation>
    </message>
    <message>
        <source>Event %1 as it arrived. Change it and send it: to this app&apos;s receiver it is stored as a test delivery, to a forward target it goes as a replay.</source>
        <translation>Tapahtuma %1 sellaisena kuin se saapui. Muokkaa ja lähetä: tämän sovelluksen vastaanotin tallentaa sen testitoimituksena, välityskohteeseen se menee uudelleenlähetyksenä.</translation>
    </message>
    <message>
        <source>The answer shows here after Send.</source>
        <translation>Vastaus näkyy tässä lähettämisen jälkeen.</translation>
    </message>
    <message>
        <source>Not a JSON object or array.</source>
        <translation>Ei JSON-objekti eikä -taulukko.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Rivi %1, sarake %2: %3</translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation>Kelvollista JSONia.</translation>
    </message>
    <message>
        <source>Not valid JSON. %1</source>
        <translation>Ei kelvollista JSONia. %1</translation>
    </message>
    <message>
        <source>Nothing was sent: no event store is open.</source>
        <translation>Mitään ei lähetetty: tapahtumavarastoa ei ole avattu.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Lähetetään…</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Mitään ei lähetetty: %1</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Yritä uudelleen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Virhe</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Yritä uudelleen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Dismiss the error</source>
        <translation>Sulje virheilmoitus</translation>
    </message>
</context>
<context>
    <name>EventDetailPane</name>
    <message>
        <source>&amp;Fetch full company</source>
        <translation>&amp;Hae koko yritys</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Kopioi c&amp;URL-komentona</translation>
    </message>
    <message>
        <source>Ask Vainu for every field of this company (Get Companies)</source>
        <translation>Pyydä Vainulta tämän yrityksen kaikki kentät (Get Companies)</translation>
    </message>
    <message>
        <source>Request / header</source>
        <translation>Pyyntö / otsake</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Muutokset</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Sisältö</translation>
    </message>
    <message>
        <source>Raw body</source>
        <translation>Raaka runko</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Aikajana</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <source>Select an event to see what changed.</source>
        <translation>Valitse tapahtuma nähdäksesi, mikä muuttui.</translation>
    </message>
    <message>
        <source>Event %1 is not in the store.</source>
        <translation>Tapahtumaa %1 ei ole tallennettuna.</translation>
    </message>
    <message>
        <source> · &lt;i&gt;stale&lt;/i&gt;</source>
        <translation> · &lt;i&gt;vanhentunut&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Pyyntö %1</translation>
    </message>
    <message>
        <source>%1 from %2, number_of_tries %3</source>
        <translation>%1 osoitteesta %2, number_of_tries %3</translation>
    </message>
    <message>
        <source>Fetch the full company to see every field Vainu has for it.</source>
        <translation>Hae koko yritys nähdäksesi kaikki kentät, jotka Vainulla on siitä.</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Haetaan: %1…</translation>
    </message>
    <message>
        <source>Could not fetch the company: %1</source>
        <translation>Yritystä ei voitu hakea: %1</translation>
    </message>
    <message>
        <source>Vainu has no company with business id %1.</source>
        <translation>Vainulla ei ole yritystä Y-tunnuksella %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n fields, as Vainu returns them now.</source>
        <translation>
            <numerusform>%n kenttä sellaisena kuin Vainu sen nyt palauttaa.</numerusform>
            <numerusform>%n kenttää sellaisina kuin Vainu ne nyt palauttaa.</numerusform>
        </translation>
    </message>
    <message>
        <source>A curl command that replays event %1 is on the clipboard (it holds the receiver&apos;s secret).</source>
        <translation>Leikepöydällä on curl-komento, joka toistaa tapahtuman %1 (se sisältää vastaanottimen salaisuuden).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) · event %3 · arrived %4 · tries: %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) · tapahtuma %3 · saapui %4 · lähetyskertoja: %5</translation>
    </message>
    <message>
        <source> · received %1 times</source>
        <translation> · vastaanotettu %1 kertaa</translation>
    </message>
    <message>
        <source>Customer &amp;record</source>
        <translation>Asiakas&amp;tietue</translation>
    </message>
    <message>
        <source>Open the customer data record that makes Vainu track this company</source>
        <translation>Avaa asiakastietue, jonka vuoksi Vainu seuraa tätä yritystä</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unrecognised delivery&lt;/b&gt; · event %1 · arrived %2&lt;br&gt;Kept as received; it could not be read as a company change: %3</source>
        <translation>&lt;b&gt;Tunnistamaton toimitus&lt;/b&gt; · tapahtuma %1 · saapui %2&lt;br&gt;Tallennettu sellaisenaan; sitä ei voitu lukea yritysmuutoksena: %3</translation>
    </message>
    <message>
        <source>Read leniently: %1</source>
        <translation>Luettu sallivasti: %1</translation>
    </message>
    <message>
        <source>Found by catching up with Vainu&apos;s data (%1): not delivered while the receiver was stopped. The payload is what the delivery would have carried.</source>
        <translation>Löytyi kuromalla kiinni Vainun tietoihin (%1): ei toimitettu vastaanottimen ollessa pysähdyksissä. Sisältö on se, minkä toimitus olisi tuonut.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test delivery&lt;/b&gt; · event %1 · arrived %2&lt;br&gt;Posted by this app to its public URL to check that deliveries reach the receiver; not part of any company&apos;s history.</source>
        <translation>&lt;b&gt;Testitoimitus&lt;/b&gt; · tapahtuma %1 · saapui %2&lt;br&gt;Tämä sovellus lähetti sen julkiseen URL:iinsa tarkistaakseen, että toimitukset tavoittavat vastaanottimen; ei kuulu minkään yrityksen historiaan.</translation>
    </message>
    <message>
        <source>&amp;Edit and send…</source>
        <translation>&amp;Muokkaa ja lähetä…</translation>
    </message>
    <message>
        <source>Change this event&apos;s payload and send it to the receiver or a forward target</source>
        <translation>Muokkaa tapahtuman sisältöä ja lähetä se vastaanottimeen tai välityskohteeseen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>The target&apos;s answer</source>
        <translation>Kohteen vastaus</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Pyyntö</translation>
    </message>
    <message>
        <source>Forwarding</source>
        <translation>Välitys</translation>
    </message>
    <message>
        <source>Shell</source>
        <translation>Komentotulkki</translation>
    </message>
    <message>
        <source>POSIX shell (bash, zsh)</source>
        <translation>POSIX-komentotulkki (bash, zsh)</translation>
    </message>
    <message>
        <source>PowerShell</source>
        <translation>PowerShell</translation>
    </message>
    <message>
        <source>Windows cmd</source>
        <translation>Windowsin cmd</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Lähetä kohteeseen</translation>
    </message>
    <message>
        <source>the receiver</source>
        <translation>vastaanottimeen</translation>
    </message>
    <message>
        <source>Copy a curl command for %1 that sends this delivery to %2</source>
        <translation>Kopioi %1-curl-komento, joka lähettää tämän toimituksen: %2</translation>
    </message>
    <message>
        <source>A curl command that forwards event %1 to the target is on the clipboard.</source>
        <translation>Leikepöydällä on curl-komento, joka välittää tapahtuman %1 kohteeseen.</translation>
    </message>
    <message>
        <source>Target %1 (removed)</source>
        <translation>Kohde %1 (poistettu)</translation>
    </message>
    <message>
        <source>Not forwarded: no target was on for it, or its filter left it out.</source>
        <translation>Ei välitetty: mikään kohde ei ollut päällä sille, tai suodatin jätti sen pois.</translation>
    </message>
    <message>
        <source>No forward targets. Add one in the Forwarding tab of this page.</source>
        <translation>Ei välityskohteita. Lisää sellainen tämän sivun Välitys-välilehdellä.</translation>
    </message>
    <message>
        <source>Not sent: the target is off.</source>
        <translation>Ei lähetetty: kohde on pois päältä.</translation>
    </message>
    <message>
        <source>Not sent: the target is paused. Resume it in the Forwarding tab of this page.</source>
        <translation>Ei lähetetty: kohde on keskeytetty. Jatka sitä tämän sivun Välitys-välilehdellä.</translation>
    </message>
</context>
<context>
    <name>EventFileExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tiedostoon %1 ei voi kirjoittaa: %2</translation>
    </message>
</context>
<context>
    <name>EventRejectedModel</name>
    <message>
        <source>unknown</source>
        <translation>tuntematon</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Saapui</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Vastaus</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metodi</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Polku</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Lähettäjä</translation>
    </message>
    <message>
        <source>Body size</source>
        <translation>Rungon koko</translation>
    </message>
    <message>
        <source>Kept body (%1, as received):
%2</source>
        <translation>Tallennettu runko (%1, sellaisenaan):
%2</translation>
    </message>
    <message>
        <source>Only the newest %1 refused requests are kept, and of the bodies kept with them at most %2 together; older ones are dropped first.</source>
        <translation>Vain %1 uusinta hylättyä pyyntöä säilytetään, ja niiden runkoja yhteensä enintään %2; vanhimmat poistetaan ensin.</translation>
    </message>
    <message>
        <source>Kept body</source>
        <translation>Tallennettu runko</translation>
    </message>
</context>
<context>
    <name>EventStore</name>
    <message>
        <source>Cannot create the data folder &quot;%1&quot;. Check that the path is writable or choose another folder with --data-dir.</source>
        <translation>Datakansiota ”%1” ei voi luoda. Tarkista, että polkuun voi kirjoittaa, tai valitse toinen kansio valitsimella --data-dir.</translation>
    </message>
    <message>
        <source>The event store is not open.</source>
        <translation>Tapahtumavarasto ei ole auki.</translation>
    </message>
    <message>
        <source>Cannot read the event database %1.</source>
        <translation>Tapahtumatietokantaa %1 ei voi lukea.</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
    <message numerus="yes">
        <source>Received %n times: the later requests were duplicates of the first.</source>
        <translation>
            <numerusform>Vastaanotettu %n kerran.</numerusform>
            <numerusform>Vastaanotettu %n kertaa: myöhemmät pyynnöt olivat ensimmäisen kaksoiskappaleita.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Vainu needed %n tries to deliver this change.</source>
        <translation>
            <numerusform>Vainu tarvitsi %n lähetyskerran tämän muutoksen toimittamiseen.</numerusform>
            <numerusform>Vainu tarvitsi %n lähetyskertaa tämän muutoksen toimittamiseen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stale: a newer change of this company had arrived already, so this one did not update the company&apos;s known state.</source>
        <translation>Vanhentunut: yrityksen uudempi muutos oli jo saapunut, joten tämä ei päivittänyt yrityksen tunnettua tilaa.</translation>
    </message>
    <message>
        <source>(first seen)</source>
        <translation>(ensimmäinen)</translation>
    </message>
    <message>
        <source>(no change)</source>
        <translation>(ei muutosta)</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>kaksoiskappale</translation>
    </message>
    <message>
        <source>retry</source>
        <translation>uusinta</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>vanhentunut</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Saapui</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <source>Business id</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Muutokset</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Kerrat</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Saatu</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Merkinnät</translation>
    </message>
    <message>
        <source>(not a company change: %1)</source>
        <translation>(ei yritysmuutos: %1)</translation>
    </message>
    <message>
        <source>unrecognised</source>
        <translation>tunnistamaton</translation>
    </message>
    <message>
        <source>Unrecognised delivery: the body is JSON but could not be read as a company change (%1). It was kept as received; its raw body is in the details and in the export.</source>
        <translation>Tunnistamaton toimitus: runko on JSONia, mutta sitä ei voitu lukea yritysmuutoksena (%1). Se tallennettiin sellaisenaan; sen raaka runko näkyy tiedoissa ja viennissä.</translation>
    </message>
    <message>
        <source>catch-up</source>
        <translation>kiinnikuronta</translation>
    </message>
    <message>
        <source>Found by catching up: the receiver was not running when this change happened, so it was found by comparing the company&apos;s last known state with Vainu&apos;s current data.</source>
        <translation>Löytyi kiinnikuronnalla: vastaanotin ei ollut käynnissä muutoksen tapahtuessa, joten muutos löytyi vertaamalla yrityksen viimeksi tunnettua tilaa Vainun nykyisiin tietoihin.</translation>
    </message>
    <message>
        <source>(test delivery)</source>
        <translation>(testitoimitus)</translation>
    </message>
    <message>
        <source>test</source>
        <translation>testi</translation>
    </message>
    <message>
        <source>A test delivery: the app posted it to its own public URL to check that deliveries reach this receiver. It is not part of any company&apos;s history and not exported.</source>
        <translation>Testitoimitus: sovellus lähetti sen omaan julkiseen URL:iinsa tarkistaakseen, että toimitukset tavoittavat tämän vastaanottimen. Se ei kuulu minkään yrityksen historiaan, eikä sitä viedä.</translation>
    </message>
</context>
<context>
    <name>EventWriter</name>
    <message>
        <source>The event store is closed.</source>
        <translation>Tapahtumavarasto on suljettu.</translation>
    </message>
    <message>
        <source>The event database could not be prepared.</source>
        <translation>Tapahtumatietokantaa ei voitu valmistella.</translation>
    </message>
    <message>
        <source>Not sent: an earlier event of this company failed.</source>
        <translation>Ei lähetetty: tämän yrityksen aiempi tapahtuma epäonnistui.</translation>
    </message>
</context>
<context>
    <name>EventsCatchUpCommand</name>
    <message numerus="yes">
        <source>Compared %n companies with Vainu&apos;s current data</source>
        <translation>
            <numerusform>Verrattiin %n yritys Vainun nykyisiin tietoihin</numerusform>
            <numerusform>Verrattiin %n yritystä Vainun nykyisiin tietoihin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>found %n changes.</source>
        <translation>
            <numerusform>löytyi %n muutos.</numerusform>
            <numerusform>löytyi %n muutosta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finds the changes missed while the receiver was not running: compares every company the event history knows with Vainu&apos;s current data (Get Companies) and records each difference as an event with origin &quot;catch-up&quot;.</source>
        <translation>Etsii muutokset, jotka jäivät saamatta vastaanottimen ollessa pysähdyksissä: vertaa jokaista tapahtumahistorian tuntemaa yritystä Vainun nykyisiin tietoihin (Get Companies) ja tallentaa jokaisen eron tapahtumana, jonka alkuperä on ”catch-up”.</translation>
    </message>
    <message>
        <source>The events command.</source>
        <translation>Tapahtumakomento.</translation>
    </message>
    <message>
        <source>Catch up on the changes missed.</source>
        <translation>Kuro kiinni saamatta jääneet muutokset.</translation>
    </message>
    <message>
        <source>Use this profile&apos;s account and event history (default: the active one).</source>
        <translation>Käytä tämän profiilin tiliä ja tapahtumahistoriaa (oletus: aktiivinen profiili).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <source>Talk to this API base URL, with the key in VAINU_API_KEY (needs --data-dir).</source>
        <translation>Käytä tätä API:n perusosoitetta, avain muuttujassa VAINU_API_KEY (vaatii valinnan --data-dir).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Folder of the event database (default: the profile&apos;s own folder).</source>
        <translation>Tapahtumatietokannan kansio (oletus: profiilin oma kansio).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>kansio</translation>
    </message>
    <message>
        <source>Print the result as JSON: {&quot;compared&quot;: N, &quot;changed&quot;: M}.</source>
        <translation>Tulosta tulos JSON-muodossa: {&quot;compared&quot;: N, &quot;changed&quot;: M}.</translation>
    </message>
    <message>
        <source>events catch-up takes no arguments besides its options; got &quot;%1&quot;.</source>
        <translation>events catch-up ei ota muita argumentteja kuin valintansa; saatiin ”%1”.</translation>
    </message>
    <message>
        <source>Use either --profile or --base-url, not both.</source>
        <translation>Käytä joko valintaa --profile tai --base-url, ei molempia.</translation>
    </message>
    <message>
        <source>With --base-url, say which event history to compare with --data-dir DIR.</source>
        <translation>Kun käytät valintaa --base-url, kerro valinnalla --data-dir KANSIO, mihin tapahtumahistoriaan verrataan.</translation>
    </message>
    <message>
        <source>No event database in &quot;%1&quot;: there is nothing to catch up on yet. Run the receiver first, or point --data-dir at its folder.</source>
        <translation>Kansiossa ”%1” ei ole tapahtumatietokantaa: kiinni kurottavaa ei vielä ole. Käynnistä ensin vastaanotin tai osoita valinnalla --data-dir sen kansioon.</translation>
    </message>
    <message>
        <source>Catching up failed; nothing was recorded. %1</source>
        <translation>Kiinnikuronta epäonnistui; mitään ei tallennettu. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n companies of the history were not in Vainu&apos;s answer (no longer in its data, or their business id changed).</source>
        <translation>
            <numerusform>%n historian yritys puuttui Vainun vastauksesta (ei enää sen tiedoissa, tai Y-tunnus on muuttunut).</numerusform>
            <numerusform>%n historian yritystä puuttui Vainun vastauksesta (ei enää sen tiedoissa, tai Y-tunnus on muuttunut).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n companies are known only by a customer data record, without a business id, and cannot be looked up.</source>
        <translation>
            <numerusform>%n yritys tunnetaan vain asiakastietueesta ilman Y-tunnusta, eikä sitä voi hakea.</numerusform>
            <numerusform>%n yritystä tunnetaan vain asiakastietueesta ilman Y-tunnusta, eikä niitä voi hakea.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsExportCommand</name>
    <message>
        <source>Writes the stored events to standard output.</source>
        <translation>Kirjoittaa tallennetut tapahtumat vakiotulosteeseen.</translation>
    </message>
    <message>
        <source>The events command.</source>
        <translation>events-komento.</translation>
    </message>
    <message>
        <source>Export the stored events.</source>
        <translation>Vie tallennetut tapahtumat.</translation>
    </message>
    <message>
        <source>Output format: jsonl or csv.</source>
        <translation>Tulostemuoto: jsonl tai csv.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>muoto</translation>
    </message>
    <message>
        <source>Only events that first arrived at or after this ISO 8601 time or date.</source>
        <translation>Vain tapahtumat, jotka saapuivat ensimmäisen kerran tänä ISO 8601 -aikana tai -päivänä tai sen jälkeen.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>aika</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>kansio</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use jsonl or csv.</source>
        <translation>Tuntematon muoto ”%1”: käytä muotoa jsonl tai csv.</translation>
    </message>
    <message>
        <source>--since must be an ISO 8601 time or date, such as 2024-05-01 or 2024-05-01T12:00:00Z, not &quot;%1&quot;.</source>
        <translation>--since on ISO 8601 -aika tai -päivämäärä, kuten 2024-05-01 tai 2024-05-01T12:00:00Z, ei ”%1”.</translation>
    </message>
    <message>
        <source>No event database in &quot;%1&quot;. Run the receiver first, or point --data-dir at its folder.</source>
        <translation>Kansiossa ”%1” ei ole tapahtumatietokantaa. Käynnistä ensin vastaanotin tai osoita valitsimella --data-dir sen kansioon.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Vakiotulosteeseen ei voi kirjoittaa.</translation>
    </message>
    <message>
        <source>Writing to standard output failed.</source>
        <translation>Kirjoitus vakiotulosteeseen epäonnistui.</translation>
    </message>
    <message>
        <source>Folder of the event database (default: the profile&apos;s own folder).</source>
        <translation>Tapahtumatietokannan kansio (oletus: profiilin oma kansio).</translation>
    </message>
    <message>
        <source>Use this profile&apos;s event history (default: the active one).</source>
        <translation>Käytä tämän profiilin tapahtumahistoriaa (oletus: aktiivinen profiili).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <source>Also export the test deliveries (&quot;receiver check&quot;, &quot;Test the public URL&quot;).</source>
        <translation>Vie myös testitoimitukset (”receiver check”, ”Testaa julkinen URL”).</translation>
    </message>
    <message>
        <source>Unknown events command &quot;%1&quot;. Use: events export --format jsonl|csv [--since TIME] [--data-dir DIR], events catch-up, events replay --to URL or events stats --by WHAT</source>
        <translation>Tuntematon events-komento ”%1”. Käytä: events export --format jsonl|csv [--since AIKA] [--data-dir KANSIO], events catch-up, events replay --to URL tai events stats --by MITÄ</translation>
    </message>
</context>
<context>
    <name>EventsReplayCommand</name>
    <message>
        <source>Sends stored events to a URL as Vainu sent them: the same body and Content-Type, one after another.</source>
        <translation>Lähettää tallennetut tapahtumat URL-osoitteeseen kuten Vainu ne lähetti: sama runko ja Content-Type, yksi kerrallaan.</translation>
    </message>
    <message>
        <source>The events command.</source>
        <translation>events-komento.</translation>
    </message>
    <message>
        <source>Send stored events again.</source>
        <translation>Lähetä tallennetut tapahtumat uudelleen.</translation>
    </message>
    <message>
        <source>The URL to send the events to (http or https).</source>
        <translation>URL, johon tapahtumat lähetetään (http tai https).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>An event to send (repeatable); they are sent in the order given.</source>
        <translation>Lähetettävä tapahtuma (toistettavissa); ne lähetetään annetussa järjestyksessä.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The events that first arrived at or after this ISO 8601 time or date.</source>
        <translation>Tapahtumat, jotka saapuivat ensi kerran tänä ISO 8601 -aikana tai -päivänä tai sen jälkeen.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>aika</translation>
    </message>
    <message>
        <source>Only this company&apos;s events.</source>
        <translation>Vain tämän yrityksen tapahtumat.</translation>
    </message>
    <message>
        <source>An extra header, &quot;Name: value&quot; (repeatable).</source>
        <translation>Lisäotsake, &quot;Nimi: arvo&quot; (toistettavissa).</translation>
    </message>
    <message>
        <source>header</source>
        <translation>otsake</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default: 10).</source>
        <translation>Sekunnit, jotka kutakin vastausta odotetaan (oletus: 10).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekunnit</translation>
    </message>
    <message>
        <source>Folder of the event database (default: the profile&apos;s own folder).</source>
        <translation>Tapahtumatietokannan kansio (oletus: profiilin oma kansio).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>kansio</translation>
    </message>
    <message>
        <source>Use this profile&apos;s event history (default: the active one).</source>
        <translation>Käytä tämän profiilin tapahtumahistoriaa (oletus: aktiivinen).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <source>Say where to send the events: --to URL.</source>
        <translation>Kerro, minne tapahtumat lähetetään: --to URL.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--timeout on sekuntimäärä väliltä 1–%1, ei &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--id must be an event number, not &quot;%1&quot;.</source>
        <translation>--id on tapahtuman numero, ei &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Choose the events either with --id or with --since and --business-id, not both.</source>
        <translation>Valitse tapahtumat joko valitsimella --id tai valitsimilla --since ja --business-id, ei molemmilla.</translation>
    </message>
    <message>
        <source>Say which events to send: --id N (repeatable), --since TIME or --business-id ID.</source>
        <translation>Kerro, mitkä tapahtumat lähetetään: --id N (toistettavissa), --since AIKA tai --business-id TUNNUS.</translation>
    </message>
    <message>
        <source>--since must be an ISO 8601 time or date, such as 2024-05-01 or 2024-05-01T12:00:00Z, not &quot;%1&quot;.</source>
        <translation>--since on ISO 8601 -aika tai -päivä, esimerkiksi 2024-05-01 tai 2024-05-01T12:00:00Z, ei &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no event %1 in &quot;%2&quot;.</source>
        <translation>Tapahtumaa %1 ei ole kohteessa &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>No stored events match; nothing was sent.</source>
        <translation>Yksikään tallennettu tapahtuma ei täsmää; mitään ei lähetetty.</translation>
    </message>
    <message>
        <source>event %1: delivered (HTTP %2, %3 ms)</source>
        <translation>tapahtuma %1: toimitettu (HTTP %2, %3 ms)</translation>
    </message>
    <message>
        <source>event %1: not delivered: %2</source>
        <translation>tapahtuma %1: ei toimitettu: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) delivered</source>
        <translation>
            <numerusform>%n tapahtuma toimitettu</numerusform>
            <numerusform>%n tapahtumaa toimitettu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not delivered.</source>
        <translation>
            <numerusform>%n ei toimitettu.</numerusform>
            <numerusform>%n ei toimitettu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsStatsCommand</name>
    <message>
        <source>%1 must be an ISO 8601 time or date, such as 2024-05-01 or 2024-05-01T12:00:00Z, not &quot;%2&quot;.</source>
        <translation>%1 on ISO 8601 -aika tai -päivä, kuten 2024-05-01 tai 2024-05-01T12:00:00Z, ei ”%2”.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ei mitään)</translation>
    </message>
    <message>
        <source>Counts the stored events: one row per day, hour, changed field, region, company or origin. Each event counts once (Vainu&apos;s retries of a delivery are not new events); a company&apos;s first event changes no field.</source>
        <translation>Laskee tallennetut tapahtumat: yksi rivi päivää, tuntia, muuttunutta kenttää, aluetta, yritystä tai alkuperää kohden. Kukin tapahtuma lasketaan kerran (Vainun uudelleenyritykset eivät ole uusia tapahtumia); yrityksen ensimmäinen tapahtuma ei muuta yhtään kenttää.</translation>
    </message>
    <message>
        <source>The events command.</source>
        <translation>events-komento.</translation>
    </message>
    <message>
        <source>Count the stored events.</source>
        <translation>Laske tallennetut tapahtumat.</translation>
    </message>
    <message>
        <source>What to count by: %1.</source>
        <translation>Minkä mukaan lasketaan: %1.</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>peruste</translation>
    </message>
    <message>
        <source>Only events that first arrived at or after this ISO 8601 time or date.</source>
        <translation>Vain tapahtumat, jotka saapuivat ensimmäisen kerran tänä ISO 8601 -aikana tai -päivänä tai sen jälkeen.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>aika</translation>
    </message>
    <message>
        <source>Only events that first arrived before this ISO 8601 time or date.</source>
        <translation>Vain tapahtumat, jotka saapuivat ensimmäisen kerran ennen tätä ISO 8601 -aikaa tai -päivää.</translation>
    </message>
    <message>
        <source>Days and hours in UTC (default: local time).</source>
        <translation>Päivät ja tunnit UTC-ajassa (oletus: paikallinen aika).</translation>
    </message>
    <message>
        <source>Write a JSON array of {&quot;bucket&quot;: ..., &quot;count&quot;: N}.</source>
        <translation>Kirjoita JSON-taulukko muodossa {&quot;bucket&quot;: ..., &quot;count&quot;: N}.</translation>
    </message>
    <message>
        <source>Folder of the event database (default: the profile&apos;s own folder).</source>
        <translation>Tapahtumatietokannan kansio (oletus: profiilin oma kansio).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>kansio</translation>
    </message>
    <message>
        <source>Use this profile&apos;s event history (default: the active one).</source>
        <translation>Käytä tämän profiilin tapahtumahistoriaa (oletus: aktiivinen profiili).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <source>Also count the test deliveries (&quot;receiver check&quot;, &quot;Test the public URL&quot;).</source>
        <translation>Laske myös testitoimitukset (”receiver check”, ”Testaa julkinen URL”).</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Run &quot;vainu-webhooks events stats --help&quot; for the options.</source>
        <translation>Odottamaton argumentti ”%1”. Valitsimet: ”vainu-webhooks events stats --help”.</translation>
    </message>
    <message>
        <source>Cannot count by &quot;%1&quot;: use one of %2.</source>
        <translation>Perusteella ”%1” ei voi laskea: käytä jotakin näistä: %2.</translation>
    </message>
    <message>
        <source>--until must be later than --since.</source>
        <translation>--until on oltava myöhemmin kuin --since.</translation>
    </message>
    <message>
        <source>The event history could not be read: %1</source>
        <translation>Tapahtumahistoriaa ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>No events to count.</source>
        <translation>Ei laskettavia tapahtumia.</translation>
    </message>
</context>
<context>
    <name>FieldDiffView</name>
    <message>
        <source>Changed fields</source>
        <translation>Muuttuneet kentät</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Ennen</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Jälkeen</translation>
    </message>
    <message>
        <source>%1, changed</source>
        <translation>%1, muuttunut</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(ei tiedossa)</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(puuttuu)</translation>
    </message>
</context>
<context>
    <name>ForwardDestinations</name>
    <message>
        <source>This app&apos;s receiver (stored as a test delivery)</source>
        <translation>Tämän sovelluksen vastaanotin (tallennetaan testitoimituksena)</translation>
    </message>
</context>
<context>
    <name>ForwardOutcome</name>
    <message>
        <source>forward of event %1 to %2: delivered (HTTP %3, %4 ms, attempt %5)</source>
        <translation>tapahtuman %1 välitys kohteeseen %2: toimitettu (HTTP %3, %4 ms, lähetyskerta %5)</translation>
    </message>
    <message>
        <source>forward of event %1 to %2: attempt %3 not delivered, trying again at %4: %5</source>
        <translation>tapahtuman %1 välitys kohteeseen %2: lähetyskerta %3 ei mennyt perille, seuraava lähetyskerta %4: %5</translation>
    </message>
    <message>
        <source>forward of event %1 to %2: failed after %3 attempts: %4</source>
        <translation>tapahtuman %1 välitys kohteeseen %2: epäonnistui %3 lähetyskerran jälkeen: %4</translation>
    </message>
</context>
<context>
    <name>ForwardResponseText</name>
    <message>
        <source>Delivered: HTTP %1 in %2 ms at %3.</source>
        <translation>Toimitettu: HTTP %1, %2 ms, klo %3.</translation>
    </message>
    <message>
        <source>Not delivered (%1 ms, at %2): %3</source>
        <translation>Ei toimitettu (%1 ms, klo %2): %3</translation>
    </message>
    <message>
        <source>(The answer had no body.)</source>
        <translation>(Vastauksessa ei ollut runkoa.)</translation>
    </message>
    <message>
        <source>… (longer: only the first %1 KiB were read)</source>
        <translation>… (pidempi: vain ensimmäiset %1 KiB luettiin)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Odottaa</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Yritetään uudelleen</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Toimitettu</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Epäonnistui</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Ei vielä lähetetty.</translation>
    </message>
    <message>
        <source>HTTP %1 at %2 in %3 ms (try %4).</source>
        <translation>HTTP %1 klo %2, %3 ms (%4. lähetyskerta).</translation>
    </message>
    <message>
        <source>Next try at %1. Try %2 failed: %3</source>
        <translation>Seuraava lähetyskerta klo %1. Lähetyskerta %2 epäonnistui: %3</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n tries: %1</source>
        <translation>
            <numerusform>Luovuttiin %n lähetyskerran jälkeen: %1</numerusform>
            <numerusform>Luovuttiin %n lähetyskerran jälkeen: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForwardSender</name>
    <message>
        <source>The target answered HTTP %1.</source>
        <translation>Kohde vastasi HTTP %1.</translation>
    </message>
    <message>
        <source>No answer within %1 seconds.</source>
        <translation>Ei vastausta %1 sekunnissa.</translation>
    </message>
    <message>
        <source>The target could not be reached: %1</source>
        <translation>Kohteeseen ei saatu yhteyttä: %1</translation>
    </message>
</context>
<context>
    <name>ForwardService</name>
    <message>
        <source>The event history is not open.</source>
        <translation>Tapahtumahistoria ei ole auki.</translation>
    </message>
    <message>
        <source>The forward target no longer exists.</source>
        <translation>Välityskohdetta ei enää ole.</translation>
    </message>
</context>
<context>
    <name>ForwardTarget</name>
    <message>
        <source>Enter the URL to forward to, e.g. http://localhost:3000/webhook.</source>
        <translation>Anna URL, johon välitetään, esim. http://localhost:3000/webhook.</translation>
    </message>
    <message>
        <source>This is not a valid URL. Enter a full address, e.g. http://localhost:3000/webhook.</source>
        <translation>Tämä ei ole kelvollinen URL. Anna koko osoite, esim. http://localhost:3000/webhook.</translation>
    </message>
    <message>
        <source>Only http and https URLs can be forwarded to.</source>
        <translation>Välittää voi vain http- ja https-osoitteisiin.</translation>
    </message>
    <message>
        <source>Put credentials in a header (Authorization), not in the URL.</source>
        <translation>Laita tunnistetiedot otsakkeeseen (Authorization), ei URL:iin.</translation>
    </message>
    <message>
        <source>This is the app&apos;s own receiver: every event would be forwarded to itself.</source>
        <translation>Tämä on sovelluksen oma vastaanotin: jokainen tapahtuma välitettäisiin itselleen.</translation>
    </message>
    <message>
        <source>This is the receiver&apos;s public URL: every event would be forwarded to itself.</source>
        <translation>Tämä on vastaanottimen julkinen URL: jokainen tapahtuma välitettäisiin itselleen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name.</source>
        <translation>&quot;%1&quot; ei ole kelvollinen otsakkeen nimi.</translation>
    </message>
    <message>
        <source>The value of %1 cannot contain line breaks.</source>
        <translation>Otsakkeen %1 arvossa ei voi olla rivinvaihtoja.</translation>
    </message>
    <message>
        <source>%1 cannot be set: the app sends it as the request needs.</source>
        <translation>Otsaketta %1 ei voi asettaa: sovellus lähettää sen pyynnön mukaan.</translation>
    </message>
    <message>
        <source>%1 is set by the app on every forward.</source>
        <translation>Sovellus asettaa otsakkeen %1 jokaiseen välitykseen.</translation>
    </message>
    <message>
        <source>Line %1: write a header as &quot;Name: value&quot;.</source>
        <translation>Rivi %1: kirjoita otsake muodossa &quot;Nimi: arvo&quot;.</translation>
    </message>
    <message>
        <source>The timeout must be between 1 and %1 seconds.</source>
        <translation>Aikakatkaisun on oltava 1–%1 sekuntia.</translation>
    </message>
</context>
<context>
    <name>ForwardTargetDialog</name>
    <message>
        <source>Forward target</source>
        <translation>Välityskohde</translation>
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
        <translation>&amp;Välitä uudet tapahtumat tähän kohteeseen</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>Lisä&amp;otsakkeet:</translation>
    </message>
    <message>
        <source>Authorization: Bearer …</source>
        <translation>Authorization: Bearer …</translation>
    </message>
    <message>
        <source>Only &amp;business ids:</source>
        <translation>Vain &amp;Y-tunnukset:</translation>
    </message>
    <message>
        <source>Any company (or e.g. 2557864-2, 0112038-9)</source>
        <translation>Mikä tahansa yritys (tai esim. 2557864-2, 0112038-9)</translation>
    </message>
    <message>
        <source>Only &amp;changed fields:</source>
        <translation>Vain &amp;muuttuneet kentät:</translation>
    </message>
    <message>
        <source>Any field (or e.g. name, employees)</source>
        <translation>Mikä tahansa kenttä (tai esim. name, employees)</translation>
    </message>
    <message>
        <source>Only origins:</source>
        <translation>Vain alkuperät:</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Toimitukset</translation>
    </message>
    <message>
        <source>Catch-up</source>
        <translation>Kiinniotto</translation>
    </message>
    <message>
        <source>Unrecognised</source>
        <translation>Tunnistamattomat</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Testit</translation>
    </message>
    <message>
        <source>None ticked: every origin.</source>
        <translation>Mitään ei valittu: kaikki alkuperät.</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Aikakatkaisu:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Send the &amp;query string Vainu sent (without the receiver&apos;s secret)</source>
        <translation>Lähetä Vainun lähettämät &amp;kyselyparametrit (ilman vastaanottimen salaisuutta)</translation>
    </message>
    <message>
        <source>Add forward target</source>
        <translation>Lisää välityskohde</translation>
    </message>
    <message>
        <source>Edit forward target</source>
        <translation>Muokkaa välityskohdetta</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ei tallennettu: %1</translation>
    </message>
    <message>
        <source>Paused: its forwards wait until you resume it (Resume in the Forwarding tab). Saving keeps it paused.</source>
        <translation>Keskeytetty: sen välitykset odottavat, kunnes jatkat (Jatka Välitys-välilehdellä). Tallentaminen pitää sen keskeytettynä.</translation>
    </message>
</context>
<context>
    <name>ForwarderWorker</name>
    <message>
        <source>The event is no longer stored.</source>
        <translation>Tapahtumaa ei ole enää tallessa.</translation>
    </message>
</context>
<context>
    <name>ForwardingPanel</name>
    <message>
        <source>Forward targets</source>
        <translation>Välityskohteet</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Odottaa</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Uusitaan</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Toimitettu</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Epäonnistui</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lisää…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Keskeytä</translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation>Lähetä &amp;epäonnistuneet uudelleen</translation>
    </message>
    <message>
        <source>Every new event is also sent to each target that is on, as Vainu sent it (the same body and Content-Type), until the target answers 2xx. Use it to develop against your own endpoint.</source>
        <translation>Jokainen uusi tapahtuma lähetetään myös jokaiseen päällä olevaan kohteeseen sellaisena kuin Vainu sen lähetti (sama runko ja Content-Type), kunnes kohde vastaa 2xx. Käytä tätä kehittäessäsi omaa päätepistettäsi.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Pois</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Keskeytetty</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Päällä</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Jatka</translation>
    </message>
    <message>
        <source>Send what waits for this target, and what arrives from now on</source>
        <translation>Lähetä tätä kohdetta odottavat ja tästä lähtien saapuvat</translation>
    </message>
    <message>
        <source>Keep queueing events for this target but send nothing</source>
        <translation>Jatka tapahtumien jonottamista tälle kohteelle mutta älä lähetä mitään</translation>
    </message>
    <message>
        <source>Queue the failed forwards of the selected target again</source>
        <translation>Jonota valitun kohteen epäonnistuneet välitykset uudelleen</translation>
    </message>
    <message>
        <source>Queue every failed forward again</source>
        <translation>Jonota kaikki epäonnistuneet välitykset uudelleen</translation>
    </message>
    <message>
        <source>Forward target %1 added.</source>
        <translation>Välityskohde %1 lisätty.</translation>
    </message>
    <message>
        <source>Forward target %1 saved.</source>
        <translation>Välityskohde %1 tallennettu.</translation>
    </message>
    <message>
        <source>Remove forward target</source>
        <translation>Poista välityskohde</translation>
    </message>
    <message>
        <source>Remove %1? What waits to be forwarded to it is dropped; the events stay.</source>
        <translation>Poistetaanko %1? Sille odottavat välitykset hylätään; tapahtumat säilyvät.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 poistettu.</translation>
    </message>
    <message>
        <source>Paused forwarding to %1.</source>
        <translation>Välitys kohteeseen %1 keskeytetty.</translation>
    </message>
    <message>
        <source>Resumed forwarding to %1.</source>
        <translation>Välitystä kohteeseen %1 jatketaan.</translation>
    </message>
    <message>
        <source>The failed forwards are queued again.</source>
        <translation>Epäonnistuneet välitykset on jonotettu uudelleen.</translation>
    </message>
    <message>
        <source>No forward targets yet</source>
        <translation>Ei vielä välityskohteita</translation>
    </message>
    <message>
        <source>Add the endpoint you are developing, for example http://localhost:3000/webhooks: every new event is sent to it as Vainu sent it, in order per company, and retried until it answers 2xx.</source>
        <translation>Lisää kehittämäsi vastaanottaja, esimerkiksi http://localhost:3000/webhooks: jokainen uusi tapahtuma lähetetään sille sellaisenaan kuin Vainu sen lähetti, yrityskohtaisessa järjestyksessä, ja lähetystä yritetään uudelleen, kunnes se vastaa 2xx.</translation>
    </message>
    <message>
        <source>Add a forward target…</source>
        <translation>Lisää välityskohde…</translation>
    </message>
</context>
<context>
    <name>GuardedTcpServer</name>
    <message>
        <source>Too many open connections (limit %1).</source>
        <translation>Liian monta avointa yhteyttä (raja %1).</translation>
    </message>
</context>
<context>
    <name>HeadlessCommand</name>
    <message>
        <source>Runs the webhook receiver and the event store without a window.</source>
        <translation>Käyttää webhook-vastaanotinta ja tapahtumavarastoa ilman ikkunaa.</translation>
    </message>
    <message>
        <source>Run without a window.</source>
        <translation>Suorita ilman ikkunaa.</translation>
    </message>
    <message>
        <source>TCP port to listen on (0 picks a free one).</source>
        <translation>Kuunneltava TCP-portti (0 valitsee vapaan).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>portti</translation>
    </message>
    <message>
        <source>URL path of the receiver.</source>
        <translation>Vastaanottimen URL-polku.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>polku</translation>
    </message>
    <message>
        <source>Address to listen on.</source>
        <translation>Kuunneltava osoite.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>osoite</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>kansio</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535, not &quot;%1&quot;.</source>
        <translation>--port on luku väliltä 0–65535, ei ”%1”.</translation>
    </message>
    <message>
        <source>--bind must be an IP address such as 127.0.0.1, not &quot;%1&quot;.</source>
        <translation>--bind on IP-osoite, kuten 127.0.0.1, ei ”%1”.</translation>
    </message>
    <message>
        <source>Listening on %1 (secret %2), events in %3</source>
        <translation>Kuunnellaan osoitteessa %1 (salaisuus %2), tapahtumat kansiossa %3</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>ei vaadita</translation>
    </message>
    <message>
        <source>required</source>
        <translation>vaaditaan</translation>
    </message>
    <message>
        <source>A delivery could not be stored (answered 503): %1</source>
        <translation>Toimitusta ei voitu tallentaa (vastattiin 503): %1</translation>
    </message>
    <message>
        <source>Stopping: finishing pending writes.</source>
        <translation>Pysäytetään: viimeistellään keskeneräiset kirjoitukset.</translation>
    </message>
    <message>
        <source>Timed out while writing the last events.</source>
        <translation>Aikakatkaisu viimeisiä tapahtumia kirjoitettaessa.</translation>
    </message>
    <message>
        <source>Folder of the event database (default: the profile&apos;s own folder).</source>
        <translation>Tapahtumatietokannan kansio (oletus: profiilin oma kansio).</translation>
    </message>
    <message>
        <source>Use this profile&apos;s event history (default: the active one).</source>
        <translation>Käytä tämän profiilin tapahtumahistoriaa (oletus: aktiivinen profiili).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <source>Refuse to start unless VAINU_WEBHOOK_SECRET is set (for a receiver others can reach).</source>
        <translation>Älä käynnisty, ellei VAINU_WEBHOOK_SECRET ole asetettu (vastaanottimelle, johon muut pääsevät).</translation>
    </message>
    <message>
        <source>VAINU_WEBHOOK_SECRET is not set, and --require-secret asks for it: set it to a long random value (for example: openssl rand -hex 32) and give Vainu the same secret.</source>
        <translation>VAINU_WEBHOOK_SECRET puuttuu, ja --require-secret vaatii sen: aseta siihen pitkä satunnainen arvo (esimerkiksi: openssl rand -hex 32) ja anna Vainulle sama salaisuus.</translation>
    </message>
    <message>
        <source>Once listening, find the changes missed while stopped (as &quot;events catch-up&quot;); the API key comes from the profile or VAINU_API_KEY.</source>
        <translation>Kun vastaanotin kuuntelee, etsi pysähdyksen aikana saamatta jääneet muutokset (kuten ”events catch-up”); API-avain tulee profiilista tai muuttujasta VAINU_API_KEY.</translation>
    </message>
    <message>
        <source>API base URL for --catch-up, with the key in VAINU_API_KEY.</source>
        <translation>API:n perusosoite valinnalle --catch-up, avain muuttujassa VAINU_API_KEY.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Use either --profile or --base-url, not both.</source>
        <translation>Käytä joko valintaa --profile tai --base-url, ei molempia.</translation>
    </message>
    <message>
        <source>With --base-url, say which event history to compare with --data-dir DIR.</source>
        <translation>Kun käytät valintaa --base-url, kerro valinnalla --data-dir KANSIO, mihin tapahtumahistoriaan verrataan.</translation>
    </message>
    <message>
        <source>Catching up failed; nothing was recorded. %1</source>
        <translation>Kiinnikuronta epäonnistui; mitään ei tallennettu. %1</translation>
    </message>
    <message>
        <source>Catching up on the changes missed while the receiver was stopped…</source>
        <translation>Kurotaan kiinni muutoksia, jotka jäivät saamatta vastaanottimen ollessa pysähdyksissä…</translation>
    </message>
    <message>
        <source>Serve HTTPS with this certificate (PEM, the chain after the certificate); needs --tls-key. The files are read again when they change, so a renewed certificate is used without a restart.</source>
        <translation>Tarjoa HTTPS tällä varmenteella (PEM, ketju varmenteen jälkeen); vaatii valitsimen --tls-key. Tiedostot luetaan uudelleen, kun ne muuttuvat, joten uusittu varmenne otetaan käyttöön ilman uudelleenkäynnistystä.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tiedosto</translation>
    </message>
    <message>
        <source>The private key of --tls-cert (PEM, not encrypted).</source>
        <translation>Valitsimen --tls-cert varmenteen yksityinen avain (PEM, salaamaton).</translation>
    </message>
    <message>
        <source>HTTPS needs both --tls-cert FILE and --tls-key FILE.</source>
        <translation>HTTPS vaatii sekä valitsimen --tls-cert TIEDOSTO että --tls-key TIEDOSTO.</translation>
    </message>
    <message>
        <source>Forward every stored event to this URL too (repeatable); kept as a forward target of the history. The history&apos;s other forward targets are forwarded to as well.</source>
        <translation>Välitä jokainen tallennettu tapahtuma myös tähän URL:iin (toistettavissa); säilytetään historian välityskohteena. Historian muihinkin välityskohteisiin välitetään.</translation>
    </message>
    <message>
        <source>Forwarding: %1</source>
        <translation>Välitys: %1</translation>
    </message>
</context>
<context>
    <name>HttpResponseReader</name>
    <message>
        <source>The target closed the connection before its answer was complete.</source>
        <translation>Kohde sulki yhteyden ennen kuin sen vastaus oli valmis.</translation>
    </message>
    <message>
        <source>The target closed the connection without answering.</source>
        <translation>Kohde sulki yhteyden vastaamatta.</translation>
    </message>
    <message>
        <source>The target&apos;s answer has a head longer than %1 KiB.</source>
        <translation>Kohteen vastauksen otsakeosa on yli %1 KiB.</translation>
    </message>
    <message>
        <source>The target did not answer in HTTP/1.1.</source>
        <translation>Kohde ei vastannut HTTP/1.1-muodossa.</translation>
    </message>
    <message>
        <source>The target&apos;s answer has an invalid Content-Length.</source>
        <translation>Kohteen vastauksessa on virheellinen Content-Length.</translation>
    </message>
    <message>
        <source>The target&apos;s answer has an invalid chunk size.</source>
        <translation>Kohteen vastauksessa on virheellinen lohkon koko.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customer data from CSV</source>
        <translation>Tuo asiakastiedot CSV-tiedostosta</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;Drop a CSV file here&lt;/p&gt;&lt;p&gt;or choose one. Comma, semicolon and tab separated files are read, in UTF-8 or ISO-8859-1 (as Vainu&apos;s own exports).&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;Pudota CSV-tiedosto tähän&lt;/p&gt;&lt;p&gt;tai valitse tiedosto. Pilkuin, puolipistein ja sarkaimin erotetut tiedostot luetaan, UTF-8- tai ISO-8859-1-merkistössä (kuten Vainun omat viennit).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Valitse tiedosto…</translation>
    </message>
    <message>
        <source>Import customer data</source>
        <translation>Tuo asiakastiedot</translation>
    </message>
    <message>
        <source>Which column holds which field? Each field comes from one column.</source>
        <translation>Missä sarakkeessa on mikäkin kenttä? Kukin kenttä tulee yhdestä sarakkeesta.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Ensimmäinen rivi</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Toinen tiedosto…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Tuo</translation>
    </message>
    <message>
        <source>Stops sending at once. Records already sent stay in Vainu; the report lists exactly which.</source>
        <translation>Lopettaa lähettämisen heti. Jo lähetetyt tietueet jäävät Vainuun; raportti luettelee tarkalleen mitkä.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <source>Unique id</source>
        <translation>Yksilöllinen tunniste</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>&amp;Save failed rows as CSV…</source>
        <translation>&amp;Tallenna epäonnistuneet rivit CSV-tiedostoksi…</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>sarkain</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n row(s), %2, separated by &quot;%3&quot;.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n rivi, %2, erotin ”%3”.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n riviä, %2, erotin ”%3”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Ongelmat</translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) are ready to import.</source>
        <translation>
            <numerusform>%n rivi on valmis tuotavaksi.</numerusform>
            <numerusform>Kaikki %n riviä ovat valmiita tuotaviksi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n row(s)</source>
        <translation>
            <numerusform>&amp;Tuo %n rivi</numerusform>
            <numerusform>&amp;Tuo %n riviä</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling: nothing more is sent; waiting for the answers to what was already sent…</source>
        <translation>Perutaan: mitään ei enää lähetetä; odotetaan vastauksia jo lähetettyihin…</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Tuonti peruttiin.</translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation>Tuonti on valmis.</translation>
    </message>
    <message>
        <source>Save the rows that were not imported</source>
        <translation>Tallenna rivit, joita ei tuotu</translation>
    </message>
    <message>
        <source>Save failed rows</source>
        <translation>Tallenna epäonnistuneet rivit</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>Tiedostoon %1 ei voi kirjoittaa: %2. Valitse toinen kansio.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are ready; &lt;span style=&apos;color:#c62828&apos;&gt;%1 with problems&lt;/span&gt; will not be sent (listed first below). Fix them in the file and import it again, or import the rest now.</source>
        <translation>
            <numerusform>%n rivi on valmis; &lt;span style=&apos;color:#c62828&apos;&gt;virheellisiä rivejä (%1) ei lähetetä&lt;/span&gt; (ne näkyvät alla ensimmäisinä). Korjaa ne tiedostossa ja tuo se uudelleen, tai tuo muut rivit nyt.</numerusform>
            <numerusform>%n riviä on valmiina; &lt;span style=&apos;color:#c62828&apos;&gt;virheellisiä rivejä (%1) ei lähetetä&lt;/span&gt; (ne näkyvät alla ensimmäisinä). Korjaa ne tiedostossa ja tuo se uudelleen, tai tuo muut rivit nyt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 and checking its rows…</source>
        <translation>Luetaan tiedostoa %1 ja tarkistetaan sen rivit…</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Tarkistetaan rivejä…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Tuonnin eteneminen</translation>
    </message>
    <message>
        <source>Records done:</source>
        <translation>Valmiit tietueet:</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Nopeus:</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>Aikaa jäljellä:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Luotu:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Päivitetty:</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>Epäonnistui:</translation>
    </message>
    <message>
        <source>Rows that were not imported</source>
        <translation>Rivit, joita ei tuotu</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 records/s</source>
        <translation>%1 tietuetta/s</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln minute(s)</source>
        <translation>
            <numerusform>noin %Ln minuutti</numerusform>
            <numerusform>noin %Ln minuuttia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>noin %n sekunti</numerusform>
            <numerusform>noin %n sekuntia</numerusform>
        </translation>
    </message>
    <message>
        <source>measuring…</source>
        <translation>mitataan…</translation>
    </message>
    <message numerus="yes">
        <source>Sending %Ln record(s) to Vainu…</source>
        <translation>
            <numerusform>Lähetetään %Ln tietue Vainuun…</numerusform>
            <numerusform>Lähetetään %Ln tietuetta Vainuun…</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row of the file is in Vainu.</source>
        <translation>Tiedoston jokainen rivi on Vainussa.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) did not make it into Vainu. Fix them in the file, or save them as CSV, and import them again:</source>
        <translation>
            <numerusform>%Ln rivi ei päätynyt Vainuun. Korjaa se tiedostossa tai tallenna se CSV-muodossa ja tuo se uudelleen:</numerusform>
            <numerusform>%Ln riviä ei päätynyt Vainuun. Korjaa ne tiedostossa tai tallenna ne CSV-muodossa ja tuo ne uudelleen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <source>expected &quot;%1&quot;, got &quot;%2&quot;</source>
        <translation>odotettiin ”%1”, saatiin ”%2”</translation>
    </message>
    <message>
        <source>expected a date like 2024-01-31, got &quot;%1&quot;</source>
        <translation>odotettiin päivämäärää muodossa 2024-01-31, saatiin ”%1”</translation>
    </message>
    <message>
        <source>the body is empty; expected JSON</source>
        <translation>runko on tyhjä; odotettiin JSONia</translation>
    </message>
    <message>
        <source>the body is not valid UTF-8 (invalid byte at offset %1)</source>
        <translation>runko ei ole kelvollista UTF-8:aa (virheellinen tavu kohdassa %1)</translation>
    </message>
    <message>
        <source>the body is not valid JSON: %1 at offset %2</source>
        <translation>runko ei ole kelvollista JSONia: %1 kohdassa %2</translation>
    </message>
    <message>
        <source>the body is JSON but neither an object nor an array</source>
        <translation>runko on JSONia, mutta ei objekti eikä taulukko</translation>
    </message>
    <message>
        <source>expected a JSON object, got %1</source>
        <translation>odotettiin JSON-objektia, saatiin %1</translation>
    </message>
    <message>
        <source>expected a JSON object with &quot;results&quot; or an array, got %1</source>
        <translation>odotettiin JSON-objektia, jossa on ”results”, tai taulukkoa, saatiin %1</translation>
    </message>
    <message>
        <source>missing; expected an array</source>
        <translation>puuttuu; odotettiin taulukkoa</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>odotettiin taulukkoa, saatiin %1</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>totuusarvo</translation>
    </message>
    <message>
        <source>a number with a fraction</source>
        <translation>desimaaliluku</translation>
    </message>
    <message>
        <source>a number too large for an integer</source>
        <translation>kokonaisluvuksi liian suuri luku</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>kokonaisluku</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>merkkijono</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>taulukko</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>objekti</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>missing; expected a string</source>
        <translation>puuttuu; odotettiin merkkijonoa</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>odotettiin merkkijonoa, saatiin %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ei saa olla tyhjä</translation>
    </message>
    <message>
        <source>expected a string or null, got %1</source>
        <translation>odotettiin merkkijonoa tai null-arvoa, saatiin %1</translation>
    </message>
    <message>
        <source>expected an integer, got null</source>
        <translation>odotettiin kokonaislukua, saatiin null</translation>
    </message>
    <message>
        <source>missing; expected an integer</source>
        <translation>puuttuu; odotettiin kokonaislukua</translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <translation>odotettiin kokonaislukua, saatiin %1</translation>
    </message>
    <message>
        <source>expected an integer or null, got %1</source>
        <translation>odotettiin kokonaislukua tai null-arvoa, saatiin %1</translation>
    </message>
    <message>
        <source>must be at least %1, got %2</source>
        <translation>pitää olla vähintään %1, saatiin %2</translation>
    </message>
    <message>
        <source>must be at most %1, got %2</source>
        <translation>saa olla enintään %1, saatiin %2</translation>
    </message>
    <message>
        <source>expected a boolean or null, got %1</source>
        <translation>odotettiin totuusarvoa tai null-arvoa, saatiin %1</translation>
    </message>
    <message>
        <source>expected an object or null, got %1</source>
        <translation>odotettiin objektia tai null-arvoa, saatiin %1</translation>
    </message>
    <message>
        <source>missing; expected an object</source>
        <translation>puuttuu; odotettiin objektia</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>odotettiin objektia, saatiin %1</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>The new language is used the next time %1 starts.</source>
        <translation>Uusi kieli otetaan käyttöön, kun %1 käynnistetään seuraavan kerran.</translation>
    </message>
</context>
<context>
    <name>LiveEventsPage</name>
    <message>
        <source>Live events</source>
        <translation>Live-tapahtumat</translation>
    </message>
    <message>
        <source>Subscribe this receiver</source>
        <translation>Tilaa toimitukset tähän vastaanottimeen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Tapahtumat</translation>
    </message>
    <message>
        <source>Rejected requests</source>
        <translation>Hylätyt pyynnöt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Hylätyt</translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation>Hylätyt (%1)</translation>
    </message>
    <message>
        <source>Simulate a company &amp;change</source>
        <translation>Simuloi &amp;yritysmuutos</translation>
    </message>
    <message>
        <source>The sandbox changes a random tracked company and delivers the change here</source>
        <translation>Hiekkalaatikko muuttaa satunnaista seurattua yritystä ja toimittaa muutoksen tänne</translation>
    </message>
    <message>
        <source>Stream changes (2/s)</source>
        <translation>Muutosvirta (2/s)</translation>
    </message>
    <message>
        <source>Sandbox profile: these buttons make the built-in sandbox send deliveries.</source>
        <translation>Hiekkalaatikkoprofiili: näillä painikkeilla sisäänrakennettu hiekkalaatikko lähettää toimituksia.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <source>Filter by company</source>
        <translation>Suodata yrityksen mukaan</translation>
    </message>
    <message>
        <source>Business id</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Filter by business id</source>
        <translation>Suodata Y-tunnuksen mukaan</translation>
    </message>
    <message>
        <source>Filter by changed field</source>
        <translation>Suodata muuttuneen kentän mukaan</translation>
    </message>
    <message>
        <source>Any changed field</source>
        <translation>Mikä tahansa muuttunut kenttä</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Asti</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tyhjennä</translation>
    </message>
    <message>
        <source>&amp;Auto-scroll</source>
        <translation>&amp;Autovieritys</translation>
    </message>
    <message>
        <source>Keep the newest event in view as events arrive</source>
        <translation>Pidä uusin tapahtuma näkyvissä tapahtumien saapuessa</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Vie…</translation>
    </message>
    <message>
        <source>Save the events the table shows as JSON Lines or CSV</source>
        <translation>Tallenna taulukossa näkyvät tapahtumat JSON Lines- tai CSV-muodossa</translation>
    </message>
    <message>
        <source>No webhook of this account points at this receiver (%1), so Vainu sends it nothing.</source>
        <translation>Yksikään tämän tilin webhook ei osoita tähän vastaanottimeen (%1), joten Vainu ei lähetä sille mitään.</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) point at this receiver, but none carries its current secret: their deliveries are refused.</source>
        <translation>
            <numerusform>%n webhook osoittaa tähän vastaanottimeen, mutta siinä ei ole vastaanottimen nykyistä salaisuutta: sen toimitukset hylätään.</numerusform>
            <numerusform>%n webhookia osoittaa tähän vastaanottimeen, mutta yhdessäkään ei ole vastaanottimen nykyistä salaisuutta: niiden toimitukset hylätään.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Subscribed: Vainu now delivers here; %n older webhook(s) deleted.</source>
        <translation>
            <numerusform>Tilattu: Vainu toimittaa nyt tänne; %n vanhempi webhook poistettiin.</numerusform>
            <numerusform>Tilattu: Vainu toimittaa nyt tänne; %n vanhempaa webhookia poistettiin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Subscribed: Vainu now delivers to this receiver.</source>
        <translation>Tilattu: Vainu toimittaa nyt tähän vastaanottimeen.</translation>
    </message>
    <message>
        <source>Subscribe this &amp;receiver…</source>
        <translation>Tilaa toimitukset tähän &amp;vastaanottimeen…</translation>
    </message>
    <message>
        <source>Create a webhook that delivers to this computer&apos;s receiver, with a new secret</source>
        <translation>Luo webhook, joka toimittaa tämän tietokoneen vastaanottimeen uudella salaisuudella</translation>
    </message>
    <message>
        <source>Loading events…</source>
        <translation>Ladataan tapahtumia…</translation>
    </message>
    <message>
        <source>The receiver is stopped: start it to see the change arrive.</source>
        <translation>Vastaanotin on pysäytetty: käynnistä se nähdäksesi muutoksen saapuvan.</translation>
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
        <translation>Vie tapahtumat</translation>
    </message>
    <message>
        <source>No event store is open.</source>
        <translation>Tapahtumavarastoa ei ole avattu.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln tapahtuma</numerusform>
            <numerusform>%Ln tapahtumaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) match the filter</source>
        <translation>
            <numerusform>%Ln tapahtuma vastaa suodatinta</numerusform>
            <numerusform>%Ln tapahtumaa vastaa suodatinta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln event(s)…</source>
        <translation>
            <numerusform>Viedään %Ln tapahtuma…</numerusform>
            <numerusform>Viedään %Ln tapahtumaa…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln event(s) to %1.</source>
        <translation>
            <numerusform>%Ln tapahtuma vietiin tiedostoon %1.</numerusform>
            <numerusform>%Ln tapahtumaa vietiin tiedostoon %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Lisää suodattimia</translation>
    </message>
    <message>
        <source>Show or hide the filters by changed field and by arrival time</source>
        <translation>Näytä tai piilota suodattimet muuttuneen kentän ja saapumisajan mukaan</translation>
    </message>
    <message>
        <source>Arrived from</source>
        <translation>Saapunut alkaen</translation>
    </message>
    <message>
        <source>Arrived until</source>
        <translation>Saapunut viimeistään</translation>
    </message>
    <message>
        <source>Clear every filter, the hidden ones too</source>
        <translation>Tyhjennä kaikki suodattimet, myös piilotetut</translation>
    </message>
    <message>
        <source>&amp;More filters</source>
        <translation>Lisää &amp;suodattimia</translation>
    </message>
    <message>
        <source>&amp;More filters (%1 on)</source>
        <translation>Lisää &amp;suodattimia (%1 käytössä)</translation>
    </message>
    <message>
        <source>Subscribing needs the profile&apos;s API key. Enter it first (File &gt; Settings).</source>
        <translation>Tilaaminen vaatii profiilin API-avaimen. Syötä se ensin (Tiedosto &gt; Asetukset).</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Ei vielä tapahtumia</translation>
    </message>
    <message>
        <source>Company changes that Vainu delivers to this receiver appear here the moment they arrive, with what changed. The sandbox&apos;s demo webhook points here already: make it send a change.</source>
        <translation>Yritysmuutokset, jotka Vainu toimittaa tähän vastaanottimeen, näkyvät tässä heti saapuessaan muuttuneine tietoineen. Hiekkalaatikon esittelywebhook osoittaa jo tänne: pyydä sitä lähettämään muutos.</translation>
    </message>
    <message>
        <source>Company changes that Vainu delivers to this receiver appear here the moment they arrive, with what changed. Start the receiver, then subscribe it.</source>
        <translation>Yritysmuutokset, jotka Vainu toimittaa tähän vastaanottimeen, näkyvät tässä heti saapuessaan muuttuneine tietoineen. Käynnistä vastaanotin ja tilaa sitten toimitukset siihen.</translation>
    </message>
    <message>
        <source>Simulate a company change</source>
        <translation>Simuloi yritysmuutos</translation>
    </message>
    <message>
        <source>Subscribe this receiver…</source>
        <translation>Tilaa toimitukset tähän vastaanottimeen…</translation>
    </message>
    <message>
        <source>Subscribing needs the built-in sandbox, which is not running: press Retry in the banner above.</source>
        <translation>Tilaaminen vaatii sisäänrakennetun hiekkalaatikon, joka ei ole käynnissä: paina Yritä uudelleen yllä olevassa ilmoituksessa.</translation>
    </message>
    <message>
        <source>1. Public URL: %1 (Settings &gt; Receiver changes it).</source>
        <translation>1. Julkinen URL: %1 (muuta kohdassa Asetukset &gt; Vastaanotin).</translation>
    </message>
    <message>
        <source>1. Give the receiver a public URL in Settings &gt; Receiver, or start a tunnel (ngrok, cloudflared) to port %1.</source>
        <translation>1. Anna vastaanottimelle julkinen URL kohdassa Asetukset &gt; Vastaanotin tai käynnistä tunneli (ngrok, cloudflared) porttiin %1.</translation>
    </message>
    <message>
        <source>Vainu&apos;s servers cannot post to 127.0.0.1. To see a real account&apos;s changes here:</source>
        <translation>Vainun palvelimet eivät voi lähettää osoitteeseen 127.0.0.1. Näin näet oikean tilin muutokset täällä:</translation>
    </message>
    <message>
        <source>2. Subscribe this receiver.</source>
        <translation>2. Tilaa toimitukset tähän vastaanottimeen.</translation>
    </message>
    <message>
        <source>3. Test it: a delivery through the public URL shows up here.</source>
        <translation>3. Testaa: julkisen URL:n kautta kulkeva toimitus näkyy täällä.</translation>
    </message>
    <message>
        <source>Set the public URL…</source>
        <translation>Aseta julkinen URL…</translation>
    </message>
    <message>
        <source>Subscribe the new address</source>
        <translation>Tilaa uuteen osoitteeseen</translation>
    </message>
    <message>
        <source>The tunnel to this receiver now has the address %1, but Vainu delivers to %2: a tunnel gets a new address when it restarts. Subscribe the new address.</source>
        <translation>Tämän vastaanottimen tunnelilla on nyt osoite %1, mutta Vainu toimittaa osoitteeseen %2: tunneli saa uuden osoitteen, kun se käynnistyy uudelleen. Tilaa toimitukset uuteen osoitteeseen.</translation>
    </message>
    <message>
        <source>Forwarding</source>
        <translation>Välitys</translation>
    </message>
    <message>
        <source>&amp;Replay to…</source>
        <translation>Lähetä &amp;uudelleen…</translation>
    </message>
    <message>
        <source>Send the selected events, or all the table shows, again to a forward target or the receiver</source>
        <translation>Lähetä valitut tapahtumat tai kaikki taulukossa näkyvät uudelleen välityskohteeseen tai vastaanottimeen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Yleiskuva</translation>
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
        <translation>Sivut</translation>
    </message>
    <message>
        <source>&amp;Webhooks</source>
        <translation>&amp;Webhookit</translation>
    </message>
    <message>
        <source>Customer data</source>
        <translation>Asiakastiedot</translation>
    </message>
    <message>
        <source>&amp;Customer data</source>
        <translation>&amp;Asiakastiedot</translation>
    </message>
    <message>
        <source>The companies Vainu tracks for you will be listed here.</source>
        <translation>Yritykset, joita Vainu seuraa puolestasi, näytetään tässä.</translation>
    </message>
    <message>
        <source>&amp;Live events</source>
        <translation>&amp;Live-tapahtumat</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;About Vainu Webhooks</source>
        <translation>&amp;Tietoja: Vainu Webhooks</translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation>Aktiivinen profiili</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Yhteys</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profiili: %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Yhdistetään…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Yhdistetty</translation>
    </message>
    <message>
        <source>Connected as %1</source>
        <translation>Yhdistetty käyttäjänä %1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>This window uses the profile &quot;%1&quot;.</source>
        <translation>Tämä ikkuna käyttää profiilia ”%1”.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Palvelin: %1</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Ei API-avainta</translation>
    </message>
    <message>
        <source>Enter the API key…</source>
        <translation>Syötä API-avain…</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Aikaväli:</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Aikaväli</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <source>Business id</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Muutokset</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Viimeiset 24 tuntia</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Viimeiset 7 päivää</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Viimeiset 30 päivää</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Koko historia</translation>
    </message>
    <message>
        <source>Events over time</source>
        <translation>Tapahtumat ajan mukaan</translation>
    </message>
    <message>
        <source>Changes by field</source>
        <translation>Muutokset kentittäin</translation>
    </message>
    <message>
        <source>Events by region</source>
        <translation>Tapahtumat alueittain</translation>
    </message>
    <message>
        <source>Companies that changed most (double-click one to see its events)</source>
        <translation>Eniten muuttuneet yritykset (kaksoisnapsauta yritystä nähdäksesi sen tapahtumat)</translation>
    </message>
    <message>
        <source>Companies that changed most</source>
        <translation>Eniten muuttuneet yritykset</translation>
    </message>
    <message>
        <source>Stale: an older state of a company that arrived after a newer one; it is kept but changes nothing.
Duplicate attempts: Vainu sent an event again (a retry); they are not counted as events.</source>
        <translation>Vanhentunut: yrityksen vanhempi tila, joka saapui uudemman jälkeen; se tallennetaan, mutta se ei muuta mitään.
Kaksoiskappaleet: Vainu lähetti tapahtuman uudelleen (uusintayritys); niitä ei lasketa tapahtumiksi.</translation>
    </message>
    <message>
        <source>The event history could not be read.</source>
        <translation>Tapahtumahistoriaa ei voitu lukea.</translation>
    </message>
    <message>
        <source>Changes by field: none in this range</source>
        <translation>Muutokset kentittäin: ei yhtään tällä aikavälillä</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(ei aluetta)</translation>
    </message>
    <message>
        <source>Events per hour</source>
        <translation>Tapahtumat tunneittain</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <comment>an hour on the Overview&apos;s time axis</comment>
        <translation>H.mm</translation>
    </message>
    <message>
        <source>Events per day</source>
        <translation>Tapahtumat päivittäin</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a day on the Overview&apos;s time axis</comment>
        <translation>d.M.</translation>
    </message>
    <message>
        <source>Events per month</source>
        <translation>Tapahtumat kuukausittain</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>a month on the Overview&apos;s time axis</comment>
        <translation>M/yyyy</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Toimitukset</translation>
    </message>
    <message>
        <source>Catch-up</source>
        <translation>Kiinniotot</translation>
    </message>
    <message>
        <source>Unrecognised</source>
        <translation>Tunnistamattomat</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Vanhentuneet</translation>
    </message>
    <message>
        <source>The overview could not be read: %1</source>
        <translation>Yleiskuvaa ei voitu lukea: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln tapahtuma</numerusform>
            <numerusform>%Ln tapahtumaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stale</source>
        <translation>
            <numerusform>%Ln vanhentunut</numerusform>
            <numerusform>%Ln vanhentunutta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s) not counted</source>
        <translation>
            <numerusform>%Ln kaksoiskappale ei mukana</numerusform>
            <numerusform>%Ln kaksoiskappaletta ei mukana</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to show the events of %1</source>
        <translation>Kaksoisnapsauta nähdäksesi yrityksen %1 tapahtumat</translation>
    </message>
    <message>
        <source>Companies that changed most: none changed in this range</source>
        <translation>Eniten muuttuneet yritykset: yksikään ei muuttunut tällä aikavälillä</translation>
    </message>
    <message>
        <source>No events match the filters</source>
        <translation>Mikään tapahtuma ei vastaa suodattimia</translation>
    </message>
    <message>
        <source>The charts count the events the filters let through. Clear the filters to count every event.</source>
        <translation>Kaaviot laskevat suodattimien läpäisemät tapahtumat. Tyhjennä suodattimet, niin kaikki tapahtumat lasketaan.</translation>
    </message>
    <message>
        <source>No event of this range matches the filters. Clear the filters, or choose a longer range.</source>
        <translation>Mikään tämän aikavälin tapahtuma ei vastaa suodattimia. Tyhjennä suodattimet tai valitse pidempi aikaväli.</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Tyhjennä suodattimet</translation>
    </message>
    <message>
        <source>No events in this range</source>
        <translation>Ei tapahtumia tällä aikavälillä</translation>
    </message>
    <message>
        <source>Nothing arrived in this range. Show all time to see older events.</source>
        <translation>Tällä aikavälillä ei saapunut mitään. Näytä koko historia nähdäksesi vanhemmat tapahtumat.</translation>
    </message>
    <message>
        <source>Show all time</source>
        <translation>Näytä koko historia</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Ei vielä tapahtumia</translation>
    </message>
    <message>
        <source>Once events arrive, this tab charts them: how many arrive per day and how, which fields and regions change most, and the companies that changed most. The Events tab says how to get deliveries.</source>
        <translation>Kun tapahtumia saapuu, tämä välilehti näyttää ne kaavioina: montako saapuu päivässä ja miten, mitkä kentät ja alueet muuttuvat eniten ja mitkä yritykset muuttuivat eniten. Tapahtumat-välilehti kertoo, miten toimituksia saadaan.</translation>
    </message>
    <message>
        <source>Counting the events…</source>
        <translation>Lasketaan tapahtumia…</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Ensimmäinen päivä</translation>
    </message>
    <message>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Viimeinen päivä</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Valitut päivät</translation>
    </message>
    <message>
        <source>Changes by field: counting…</source>
        <translation>Muutokset kentittäin: lasketaan…</translation>
    </message>
    <message>
        <source>Events by region: counting…</source>
        <translation>Tapahtumat alueittain: lasketaan…</translation>
    </message>
    <message>
        <source>Companies that changed most: counting…</source>
        <translation>Eniten muuttuneet yritykset: lasketaan…</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>The profile needs a name. Enter a name, for example &quot;Production&quot;.</source>
        <translation>Profiili tarvitsee nimen. Anna nimi, esimerkiksi ”Tuotanto”.</translation>
    </message>
    <message>
        <source>The profile needs a base URL, for example %1.</source>
        <translation>Profiili tarvitsee perus-URL:n, esimerkiksi %1.</translation>
    </message>
    <message>
        <source>The base URL &quot;%1&quot; is not a full http or https address. Enter one like %2.</source>
        <translation>Perus-URL ”%1” ei ole täydellinen http- tai https-osoite. Anna esimerkiksi %2.</translation>
    </message>
    <message>
        <source>The base URL &quot;%1&quot; must not have a query or fragment. Remove the part from &apos;?&apos; or &apos;#&apos; on.</source>
        <translation>Perus-URL:ssa ”%1” ei saa olla kyselyä eikä fragmenttia. Poista osa merkistä ”?” tai ”#” alkaen.</translation>
    </message>
    <message>
        <source>The receiver needs an address to listen on. Enter 127.0.0.1 to accept deliveries from this computer only.</source>
        <translation>Vastaanotin tarvitsee kuunneltavan osoitteen. Anna 127.0.0.1, jos haluat ottaa vastaan toimituksia vain tästä tietokoneesta.</translation>
    </message>
    <message>
        <source>The receiver&apos;s port must be between 1 and 65535.</source>
        <translation>Vastaanottimen portin on oltava väliltä 1–65535.</translation>
    </message>
    <message>
        <source>The receiver&apos;s path &quot;%1&quot; must start with &apos;/&apos;, for example /vainu/webhook.</source>
        <translation>Vastaanottimen polun ”%1” on alettava merkillä ”/”, esimerkiksi /vainu/webhook.</translation>
    </message>
    <message>
        <source>The receiver&apos;s path &quot;%1&quot; must not contain &apos;?&apos;, &apos;#&apos; or spaces.</source>
        <translation>Vastaanottimen polku ”%1” ei saa sisältää merkkejä ”?” tai ”#” eikä välilyöntejä.</translation>
    </message>
    <message>
        <source>The receiver&apos;s public URL &quot;%1&quot; is not a full http or https address. Enter one like https://example.com/vainu/webhook, or leave it empty.</source>
        <translation>Vastaanottimen julkinen URL ”%1” ei ole täydellinen http- tai https-osoite. Anna esimerkiksi https://example.com/vainu/webhook tai jätä kenttä tyhjäksi.</translation>
    </message>
    <message>
        <source>HTTPS needs both a certificate file and its key file. Choose both, or clear both for plain HTTP.</source>
        <translation>HTTPS vaatii sekä varmennetiedoston että sen avaintiedoston. Valitse molemmat, tai tyhjennä molemmat, jos haluat käyttää pelkkää HTTP:tä.</translation>
    </message>
</context>
<context>
    <name>ProfileFolders</name>
    <message>
        <source>There is no profile named &quot;%1&quot;; no profiles are set up yet.</source>
        <translation>Profiilia nimeltä ”%1” ei ole; profiileja ei ole vielä määritetty.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. Profiles: %2.</source>
        <translation>Profiilia nimeltä ”%1” ei ole. Profiilit: %2.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The profiles could not be saved to %1. Check that the folder exists and is writable.</source>
        <translation>Profiileja ei voitu tallentaa kohteeseen %1. Tarkista, että kansio on olemassa ja siihen voi kirjoittaa.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Hiekkalaatikko</translation>
    </message>
    <message>
        <source>Vainu</source>
        <translation>Vainu</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Profiili nimeltä ”%1” on jo olemassa. Valitse toinen nimi.</translation>
    </message>
    <message>
        <source>A profile with this id already exists.</source>
        <translation>Profiili tällä tunnisteella on jo olemassa.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; no longer exists.</source>
        <translation>Profiilia ”%1” ei ole enää olemassa.</translation>
    </message>
    <message>
        <source>The profile to rename no longer exists.</source>
        <translation>Uudelleennimettävää profiilia ei ole enää olemassa.</translation>
    </message>
    <message>
        <source>The profile to remove no longer exists.</source>
        <translation>Poistettavaa profiilia ei ole enää olemassa.</translation>
    </message>
    <message>
        <source>The last profile cannot be removed. Add another profile first.</source>
        <translation>Viimeistä profiilia ei voi poistaa. Lisää ensin toinen profiili.</translation>
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
        <translation>Profiili</translation>
    </message>
    <message>
        <source>The profile in use: which server the app talks to</source>
        <translation>Käytössä oleva profiili: mihin palvelimeen sovellus on yhteydessä</translation>
    </message>
    <message>
        <source>Built-in sandbox</source>
        <translation>Sisäänrakennettu hiekkalaatikko</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Käyttö: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[valitsimet]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Valitsimet:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumentit:</translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation>Näyttää tämän ohjeen.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Näyttää versiotiedot.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Tuntematon valitsin ”%1”.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Tuntemattomat valitsimet: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Arvo puuttuu valitsimen ”%1” jälkeen.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Odottamaton arvo valitsimen ”%1” jälkeen.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-tiedostot (*.csv *.txt);;Kaikki tiedostot (*)</translation>
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
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Kyllä</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ei</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Keskeytä</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Yritä uudelleen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ohita</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hylkää</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ohje</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Käytä</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Palauta oletukset</translation>
    </message>
</context>
<context>
    <name>ReceiverAddressCheck</name>
    <message>
        <source>&quot;%1&quot; is not an IP address. Enter one of this computer&apos;s addresses, 127.0.0.1 for this computer only, or 0.0.0.0 for all network interfaces.</source>
        <translation>”%1” ei ole IP-osoite. Anna jokin tämän tietokoneen osoitteista, 127.0.0.1 vain tälle tietokoneelle tai 0.0.0.0 kaikille verkkoliitännöille.</translation>
    </message>
    <message>
        <source>%1 is not an address of this computer, so the receiver cannot listen on it. Choose &quot;This computer only&quot; or &quot;All network interfaces&quot;.</source>
        <translation>%1 ei ole tämän tietokoneen osoite, joten vastaanotin ei voi kuunnella sitä. Valitse ”Vain tämä tietokone” tai ”Kaikki verkkoliitännät”.</translation>
    </message>
    <message>
        <source>%1 is not an address of this computer, so the receiver cannot listen on it. Choose one of its addresses (%2), or &quot;All network interfaces&quot;.</source>
        <translation>%1 ei ole tämän tietokoneen osoite, joten vastaanotin ei voi kuunnella sitä. Valitse jokin sen osoitteista (%2) tai ”Kaikki verkkoliitännät”.</translation>
    </message>
    <message>
        <source>Port %1 needs administrator rights on this system. Choose a port above 1023, for example 8787.</source>
        <translation>Portti %1 vaatii tässä järjestelmässä ylläpitäjän oikeudet. Valitse porttinumero, joka on suurempi kuin 1023, esimerkiksi 8787.</translation>
    </message>
    <message>
        <source>The receiver cannot listen on port %1 of %2. Choose another port.</source>
        <translation>Vastaanotin ei voi kuunnella osoitteen %2 porttia %1. Valitse toinen portti.</translation>
    </message>
    <message>
        <source>Port %1 on %2 is already in use by another program. Choose another port, or stop that program.</source>
        <translation>Portti %1 osoitteessa %2 on jo toisen ohjelman käytössä. Valitse toinen portti tai pysäytä se ohjelma.</translation>
    </message>
    <message>
        <source>Port %1 on %2 is already in use by another program. Choose another port (%3 is free), or stop that program.</source>
        <translation>Portti %1 osoitteessa %2 on jo toisen ohjelman käytössä. Valitse toinen portti (%3 on vapaana) tai pysäytä se ohjelma.</translation>
    </message>
</context>
<context>
    <name>ReceiverCheck</name>
    <message>
        <source>no public URL is set.</source>
        <translation>julkista URL:ia ei ole asetettu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL.</source>
        <translation>”%1” ei ole http(s)-URL.</translation>
    </message>
    <message>
        <source>host %1 not found</source>
        <translation>palvelinta %1 ei löytynyt</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n seconds</source>
        <translation>
            <numerusform>ei vastausta %n sekunnin kuluessa</numerusform>
            <numerusform>ei vastausta %n sekunnin kuluessa</numerusform>
        </translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>syytä ei annettu</translation>
    </message>
    <message>
        <source>server &quot;%1&quot;</source>
        <translation>palvelin ”%1”</translation>
    </message>
</context>
<context>
    <name>ReceiverCheckResult</name>
    <message>
        <source>The test delivery went through the public URL and arrived at this receiver (event %1).</source>
        <translation>Testitoimitus kulki julkisen URL:n kautta ja saapui tähän vastaanottimeen (tapahtuma %1).</translation>
    </message>
    <message>
        <source>The public URL is not usable: %1 Give an absolute http(s) address such as https://example.ngrok-free.app/vainu/webhook.</source>
        <translation>Julkinen URL ei kelpaa: %1 Anna täydellinen http(s)-osoite, esimerkiksi https://example.ngrok-free.app/vainu/webhook.</translation>
    </message>
    <message>
        <source>DNS: the host name of the public URL does not resolve (%1). Check the address, or start the tunnel that gives it.</source>
        <translation>DNS: julkisen URL:n palvelinnimeä ei voi selvittää (%1). Tarkista osoite tai käynnistä tunneli, joka antaa sen.</translation>
    </message>
    <message>
        <source>TCP: nothing accepted the connection to the public URL (%1). Check that the tunnel or server runs and that its port is open.</source>
        <translation>TCP: mikään ei hyväksynyt yhteyttä julkiseen URL:iin (%1). Tarkista, että tunneli tai palvelin on käynnissä ja että sen portti on auki.</translation>
    </message>
    <message>
        <source>TLS: the HTTPS handshake with the public URL failed (%1). The certificate must be valid for the host name and issued by a trusted authority.</source>
        <translation>TLS: HTTPS-kättely julkisen URL:n kanssa epäonnistui (%1). Varmenteen on oltava voimassa palvelinnimelle ja luotetun varmentajan myöntämä.</translation>
    </message>
    <message>
        <source>HTTP: something other than this receiver answered the public URL with HTTP %1 (%2). The tunnel or proxy runs but does not forward to the receiver&apos;s port, or the receiver is stopped.</source>
        <translation>HTTP: julkisessa URL:ssa vastasi jokin muu kuin tämä vastaanotin, koodilla HTTP %1 (%2). Tunneli tai välityspalvelin on käynnissä mutta ei välitä vastaanottimen porttiin, tai vastaanotin on pysäytetty.</translation>
    </message>
    <message>
        <source>Secret: the receiver refused the test delivery&apos;s secret (HTTP %1). Subscribe again so Vainu and the receiver share the current secret.</source>
        <translation>Salaisuus: vastaanotin hylkäsi testitoimituksen salaisuuden (HTTP %1). Tilaa toimitukset uudelleen, jotta Vainulla ja vastaanottimella on sama nykyinen salaisuus.</translation>
    </message>
    <message>
        <source>The receiver answered HTTP %1: %2 Check the path of the public URL.</source>
        <translation>Vastaanotin vastasi HTTP %1: %2 Tarkista julkisen URL:n polku.</translation>
    </message>
    <message>
        <source>A Vainu Webhooks receiver accepted the test delivery, but it did not arrive in this receiver&apos;s history: the public URL leads to another receiver (another computer or profile).</source>
        <translation>Vainu Webhooks -vastaanotin hyväksyi testitoimituksen, mutta se ei saapunut tämän vastaanottimen historiaan: julkinen URL johtaa toiseen vastaanottimeen (toiselle tietokoneelle tai toiseen profiiliin).</translation>
    </message>
</context>
<context>
    <name>ReceiverCommand</name>
    <message>
        <source>No profile is set up yet. Start the app once, or use --base-url, --data-dir and --public-url.</source>
        <translation>Profiilia ei ole vielä määritetty. Käynnistä sovellus kerran tai käytä valitsimia --base-url, --data-dir ja --public-url.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Profiilia nimeltä ”%1” ei ole.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Näytä tämä ohje.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Tulosta tulos JSON-muodossa.</translation>
    </message>
    <message>
        <source>The address Vainu reaches the receiver at (default: the profile&apos;s public URL).</source>
        <translation>Osoite, josta Vainu tavoittaa vastaanottimen (oletus: profiilin julkinen URL).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Use the profile with this name.</source>
        <translation>Käytä tämännimistä profiilia.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NIMI</translation>
    </message>
    <message>
        <source>Use this API address, e.g. https://api.vainu.io/api/v2/.</source>
        <translation>Käytä tätä API-osoitetta, esim. https://api.vainu.io/api/v2/.</translation>
    </message>
    <message>
        <source>check: the folder of the receiver&apos;s event database (default: the profile&apos;s own).</source>
        <translation>check: vastaanottimen tapahtumatietokannan kansio (oletus: profiilin oma).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>kansio</translation>
    </message>
    <message>
        <source>subscribe: delete the other webhooks that deliver to the same URL, once the new one exists.</source>
        <translation>subscribe: poista muut samaan URL:iin toimittavat webhookit, kun uusi on luotu.</translation>
    </message>
    <message>
        <source>The command group.</source>
        <translation>Komentoryhmä.</translation>
    </message>
    <message>
        <source>check, status or subscribe.</source>
        <translation>check, status tai subscribe.</translation>
    </message>
    <message>
        <source>Run &quot;%1 receiver --help&quot; for help.</source>
        <translation>Ohjeen saat komennolla ”%1 receiver --help”.</translation>
    </message>
    <message>
        <source>Name a command: check, status or subscribe.</source>
        <translation>Anna komento: check, status tai subscribe.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: use check, status or subscribe.</source>
        <translation>Tuntematon komento ”%1”: käytä komentoa check, status tai subscribe.</translation>
    </message>
    <message>
        <source>receiver %1 takes no arguments besides its options.</source>
        <translation>receiver %1 ei ota muita argumentteja kuin valitsimensa.</translation>
    </message>
    <message>
        <source>Use either --profile or --base-url, not both.</source>
        <translation>Käytä joko valitsinta --profile tai --base-url, ei molempia.</translation>
    </message>
    <message>
        <source>--replace is only for subscribe.</source>
        <translation>--replace on vain subscribe-komennolle.</translation>
    </message>
    <message>
        <source>--public-url must be an absolute http:// or https:// address, not &quot;%1&quot;.</source>
        <translation>--public-url on täydellinen http://- tai https://-osoite, ei ”%1”.</translation>
    </message>
    <message>
        <source>The receiver secret of the profile &quot;%1&quot; could not be read from the keychain: %2 Set %3 instead.</source>
        <translation>Profiilin ”%1” vastaanottimen salaisuutta ei voitu lukea avainnipusta: %2 Aseta sen sijaan %3.</translation>
    </message>
    <message>
        <source>No public URL to check: give --public-url URL, or set the profile&apos;s public URL in the app&apos;s receiver settings.</source>
        <translation>Tarkistettavaa julkista URL:ia ei ole: anna --public-url URL tai aseta profiilin julkinen URL sovelluksen vastaanotinasetuksissa.</translation>
    </message>
    <message>
        <source>No event database in &quot;%1&quot;: the receiver has not run there yet. Start it (the app or --headless), or point --data-dir at its folder.</source>
        <translation>Kansiossa ”%1” ei ole tapahtumatietokantaa: vastaanotin ei ole vielä toiminut siellä. Käynnistä se (sovellus tai --headless) tai osoita valitsimella --data-dir sen kansioon.</translation>
    </message>
    <message>
        <source>Failed hop: %1</source>
        <translation>Epäonnistunut vaihe: %1</translation>
    </message>
    <message>
        <source>Local URL:  %1 (%2)</source>
        <translation>Paikallinen URL: %1 (%2)</translation>
    </message>
    <message>
        <source>the receiver answers</source>
        <translation>vastaanotin vastaa</translation>
    </message>
    <message>
        <source>nothing listens there now</source>
        <translation>mikään ei kuuntele siellä nyt</translation>
    </message>
    <message>
        <source>Public URL: %1</source>
        <translation>Julkinen URL:    %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ei asetettu</translation>
    </message>
    <message>
        <source>Subscribed: webhook %1 delivers to %2 with the current secret.</source>
        <translation>Tilattu: webhook %1 toimittaa osoitteeseen %2 nykyisellä salaisuudella.</translation>
    </message>
    <message>
        <source>Not subscribed: no webhook delivers to %1.</source>
        <translation>Ei tilattu: mikään webhook ei toimita osoitteeseen %1.</translation>
    </message>
    <message numerus="yes">
        <source>Not subscribed with the current secret: %n webhook(s) deliver to %1 with another secret; subscribe again.</source>
        <translation>
            <numerusform>Ei tilattu nykyisellä salaisuudella: %n webhook toimittaa osoitteeseen %1 toisella salaisuudella; tilaa uudelleen.</numerusform>
            <numerusform>Ei tilattu nykyisellä salaisuudella: %n webhookia toimittaa osoitteeseen %1 toisella salaisuudella; tilaa uudelleen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whether a webhook delivers here is unknown: %1</source>
        <translation>Ei tiedetä, toimittaako jokin webhook tänne: %1</translation>
    </message>
    <message>
        <source>No public URL to subscribe: give --public-url URL (the address of a tunnel or server that forwards to the receiver).</source>
        <translation>Tilattavaa julkista URL:ia ei ole: anna --public-url URL (sellaisen tunnelin tai palvelimen osoite, joka välittää vastaanottimeen).</translation>
    </message>
    <message>
        <source>%1 The webhook was not created (it is not in the list), so it is safe to run the command again.</source>
        <translation>%1 Webhookia ei luotu (se ei ole luettelossa), joten komennon voi turvallisesti suorittaa uudelleen.</translation>
    </message>
    <message>
        <source>The webhook could not be created: %1</source>
        <translation>Webhookia ei voitu luoda: %1</translation>
    </message>
    <message>
        <source>Vainu&apos;s answer was lost, but the webhook was created: it is in the list with id %1.</source>
        <translation>Vainun vastaus katosi, mutta webhook luotiin: se on luettelossa tunnisteella %1.</translation>
    </message>
    <message>
        <source>The public URL could not be kept in the profile: %1</source>
        <translation>Julkista URL:ia ei voitu tallentaa profiiliin: %1</translation>
    </message>
    <message>
        <source>The webhook %1 was created, but its secret could not be kept in the keychain: %2 Delete it (webhooks delete %1) and try again once the keychain works.</source>
        <translation>Webhook %1 luotiin, mutta sen salaisuutta ei voitu tallentaa avainnippuun: %2 Poista se (webhooks delete %1) ja yritä uudelleen, kun avainnippu toimii.</translation>
    </message>
    <message>
        <source>Webhook %1 was not deleted: %2</source>
        <translation>Webhookia %1 ei poistettu: %2</translation>
    </message>
    <message>
        <source>Subscribed: webhook %1 delivers to %2 with a fresh secret.</source>
        <translation>Tilattu: webhook %1 toimittaa osoitteeseen %2 uudella salaisuudella.</translation>
    </message>
    <message>
        <source>Start the receiver with this secret: %1=%2 vainu-webhooks --headless</source>
        <translation>Käynnistä vastaanotin tällä salaisuudella: %1=%2 vainu-webhooks --headless</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n older webhook(s) that delivered to the same URL.</source>
        <translation>
            <numerusform>Korvattiin %n vanhempi webhook, joka toimitti samaan URL:iin.</numerusform>
            <numerusform>Korvattiin %n vanhempaa webhookia, jotka toimittivat samaan URL:iin.</numerusform>
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
        <translation>Tarkistaa, että Vainu tavoittaa vastaanottimen, ja tilaa toimitukset siihen.

Komennot:
  receiver check [--public-url URL]     lähetä testitoimitus julkiseen URL:iin, odota sen saapumista;
                                        paluuarvo 0, jos se saapui, muuten 1 ja epäonnistunut vaihe
  receiver status [--json]              paikallinen URL, julkinen URL, onko vastaanotin käynnissä ja
                                        toimittaako jokin webhook sille nykyisellä salaisuudella
  receiver subscribe [--public-url URL] luo webhook julkiseen URL:iin uudella salaisuudella
  receiver subscribe --tunnel           sama ngrok- tai cloudflared-tunnelin osoitteeseen, kun tunneli
                                        välittää vastaanottimen porttiin

Profiili on aktiivinen tai --profile NIMI (sen julkinen URL, vastaanotinasetukset, salaisuus ja
tapahtumahistoria); --base-url URL ja avain muuttujassa %1 vaihtavat API:n, --data-dir KANSIO historian.
Vastaanottimen salaisuus on %2, jos se on asetettu, muuten profiilin salaisuus avainnipusta.

Paluuarvot: 0 onnistui, 1 epäonnistunut tarkistus tai API-, verkko- tai tallennusvirhe, 2 käyttövirhe.</translation>
    </message>
    <message>
        <source>Use the address of the running ngrok or cloudflared tunnel that forwards to the receiver&apos;s port.</source>
        <translation>Käytä käynnissä olevan ngrok- tai cloudflared-tunnelin osoitetta, kun tunneli välittää vastaanottimen porttiin.</translation>
    </message>
    <message>
        <source>--tunnel: the ngrok agent&apos;s local API (default: %1).</source>
        <translation>--tunnel: ngrok-agentin paikallinen API (oletus: %1).</translation>
    </message>
    <message>
        <source>--tunnel: cloudflared&apos;s metrics address (default: 127.0.0.1, ports 20241 to 20245).</source>
        <translation>--tunnel: cloudflaredin metriikkaosoite (oletus: 127.0.0.1, portit 20241–20245).</translation>
    </message>
    <message>
        <source>Use either --public-url or --tunnel, not both.</source>
        <translation>Käytä joko --public-url tai --tunnel, ei molempia.</translation>
    </message>
    <message>
        <source>A tunnel runs, but none forwards to port %1. Start one for it (for example &quot;cloudflared tunnel --url http://127.0.0.1:%1&quot;), or give --public-url.</source>
        <translation>Tunneli on käynnissä, mutta mikään ei välitä porttiin %1. Käynnistä tunneli sille (esimerkiksi &quot;cloudflared tunnel --url http://127.0.0.1:%1&quot;) tai anna --public-url.</translation>
    </message>
    <message>
        <source>No ngrok or cloudflared tunnel is running. Start one for port %1 (for example &quot;cloudflared tunnel --url http://127.0.0.1:%1&quot;), or give --public-url.</source>
        <translation>Yhtään ngrok- tai cloudflared-tunnelia ei ole käynnissä. Käynnistä tunneli porttiin %1 (esimerkiksi &quot;cloudflared tunnel --url http://127.0.0.1:%1&quot;) tai anna --public-url.</translation>
    </message>
    <message>
        <source>Using the tunnel&apos;s address: %1</source>
        <translation>Käytetään tunnelin osoitetta: %1</translation>
    </message>
</context>
<context>
    <name>ReceiverPanel</name>
    <message>
        <source>Receiver</source>
        <translation>Vastaanotin</translation>
    </message>
    <message>
        <source>Subscribe this receiver…</source>
        <translation>Tilaa toimitukset tähän vastaanottimeen…</translation>
    </message>
    <message>
        <source>Receiver URL</source>
        <translation>Vastaanottimen URL</translation>
    </message>
    <message>
        <source>The address deliveries go to, without the secret.</source>
        <translation>Osoite, johon toimitukset menevät, ilman salaisuutta.</translation>
    </message>
    <message>
        <source>Copy the receiver URL</source>
        <translation>Kopioi vastaanottimen URL</translation>
    </message>
    <message>
        <source>No receiver</source>
        <translation>Ei vastaanotinta</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Pysäytä</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Käynnistä</translation>
    </message>
    <message>
        <source>● Listening</source>
        <translation>● Kuuntelee</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Käynnistetään…</translation>
    </message>
    <message>
        <source>● Not running</source>
        <translation>● Ei käynnissä</translation>
    </message>
    <message>
        <source>○ Stopped</source>
        <translation>○ Pysäytetty</translation>
    </message>
    <message>
        <source>reading the keychain…</source>
        <translation>luetaan avainnippua…</translation>
    </message>
    <message>
        <source>set (kept in the keychain)</source>
        <translation>asetettu (tallessa avainnipussa)</translation>
    </message>
    <message>
        <source>not set: any delivery to the path is taken</source>
        <translation>ei asetettu: kaikki polkuun tulevat toimitukset otetaan vastaan</translation>
    </message>
    <message>
        <source>Address %1 · port %2 · path %3 · secret %4</source>
        <translation>Osoite %1 · portti %2 · polku %3 · salaisuus %4</translation>
    </message>
    <message>
        <source>Today %1 · duplicates %2 · stale %3 · rejected %4 · all %5</source>
        <translation>Tänään %1 · kaksoiskappaleita %2 · vanhentuneita %3 · hylättyjä %4 · kaikki %5</translation>
    </message>
    <message>
        <source>Catch-up progress</source>
        <translation>Kiinnikuronnan edistyminen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Catch &amp;up now</source>
        <translation>&amp;Kuro kiinni nyt</translation>
    </message>
    <message>
        <source>Compare every company of the history with Vainu&apos;s current data and record the changes missed while the receiver was not running.</source>
        <translation>Vertaa jokaista historian yritystä Vainun nykyisiin tietoihin ja tallenna muutokset, jotka jäivät saamatta vastaanottimen ollessa pysähdyksissä.</translation>
    </message>
    <message>
        <source>Catching up on the changes missed while the receiver was stopped…</source>
        <translation>Kurotaan kiinni muutoksia, jotka jäivät saamatta vastaanottimen ollessa pysähdyksissä…</translation>
    </message>
    <message>
        <source>Catching up needs the profile&apos;s API key.</source>
        <translation>Kiinnikuronta tarvitsee profiilin API-avaimen.</translation>
    </message>
    <message>
        <source>Missed changes are looked for each time the receiver starts.</source>
        <translation>Saamatta jääneitä muutoksia etsitään aina, kun vastaanotin käynnistyy.</translation>
    </message>
    <message>
        <source>Caught up at %1: %2 compared, %3 found.</source>
        <translation>Kurottu kiinni klo %1: verrattu %2, löytyi %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln companies</source>
        <translation>
            <numerusform>%Ln yritys</numerusform>
            <numerusform>%Ln yritystä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes</source>
        <translation>
            <numerusform>%Ln muutos</numerusform>
            <numerusform>%Ln muutosta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not in Vainu&apos;s data any more.</source>
        <translation>
            <numerusform>%Ln ei ole enää Vainun tiedoissa.</numerusform>
            <numerusform>%Ln ei ole enää Vainun tiedoissa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Catching up was cancelled at %1; nothing was recorded.</source>
        <translation>Kiinnikuronta peruttiin klo %1; mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>Catching up failed at %1; nothing was recorded. %2</source>
        <translation>Kiinnikuronta epäonnistui klo %1; mitään ei tallennettu. %2</translation>
    </message>
    <message>
        <source>Catching up: %1 of %2 companies compared…</source>
        <translation>Kurotaan kiinni: %1 / %2 yritystä verrattu…</translation>
    </message>
    <message>
        <source>Set the public URL…</source>
        <translation>Aseta julkinen URL…</translation>
    </message>
    <message>
        <source>Open Settings &gt; Receiver for this profile</source>
        <translation>Avaa tämän profiilin Asetukset &gt; Vastaanotin</translation>
    </message>
    <message>
        <source>&amp;Test the public URL</source>
        <translation>&amp;Testaa julkinen URL</translation>
    </message>
    <message>
        <source>Post a test delivery to the public URL and check that it arrives at this receiver.</source>
        <translation>Lähetä testitoimitus julkiseen URL:iin ja tarkista, että se saapuu tähän vastaanottimeen.</translation>
    </message>
    <message>
        <source>Post a test delivery to %1 and check that it arrives at this receiver.</source>
        <translation>Lähetä testitoimitus osoitteeseen %1 ja tarkista, että se saapuu tähän vastaanottimeen.</translation>
    </message>
    <message>
        <source>Start the receiver first: the test delivery must arrive at it.</source>
        <translation>Käynnistä ensin vastaanotin: testitoimituksen on saavuttava siihen.</translation>
    </message>
    <message>
        <source>Vainu cannot reach %1. Next: set a public URL in Settings &gt; Receiver, or start a tunnel to port %2; then subscribe this receiver and test it.</source>
        <translation>Vainu ei tavoita osoitetta %1. Seuraavaksi: aseta julkinen URL kohdassa Asetukset &gt; Vastaanotin tai käynnistä tunneli porttiin %2; tilaa sitten toimitukset tähän vastaanottimeen ja testaa se.</translation>
    </message>
    <message>
        <source>Sending a test delivery to %1…</source>
        <translation>Lähetetään testitoimitusta osoitteeseen %1…</translation>
    </message>
    <message>
        <source>Events received per minute, last hour</source>
        <translation>Vastaanotetut tapahtumat minuutissa, viime tunti</translation>
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
        <translation>Kuunneltava osoite ei ole kelvollinen IP-osoite. Käytä osoitetta 127.0.0.1, jos vain tämä kone saa yhteyden.</translation>
    </message>
    <message>
        <source>The receiver path &quot;%1&quot; is not valid. Use a path such as %2: segments of letters, digits, &apos;-&apos; and &apos;_&apos; separated by &apos;/&apos;.</source>
        <translation>Vastaanottimen polku ”%1” ei kelpaa. Käytä polkua kuten %2: kirjaimista, numeroista sekä merkeistä ”-” ja ”_” koostuvia osia merkillä ”/” erotettuina.</translation>
    </message>
    <message>
        <source>The name of the secret&apos;s query parameter is empty.</source>
        <translation>Salaisuuden kyselyparametrin nimi on tyhjä.</translation>
    </message>
    <message>
        <source>The receiver&apos;s size limits are too small to accept a delivery.</source>
        <translation>Vastaanottimen kokorajat ovat liian pienet toimituksen vastaanottamiseen.</translation>
    </message>
    <message>
        <source>The receiver&apos;s timeouts must be at least 100 ms.</source>
        <translation>Vastaanottimen aikakatkaisujen on oltava vähintään 100 ms.</translation>
    </message>
    <message>
        <source>The receiver must accept at least one connection.</source>
        <translation>Vastaanottimen on hyväksyttävä vähintään yksi yhteys.</translation>
    </message>
    <message>
        <source>A TLS private key file is set but no certificate file: HTTPS needs both.</source>
        <translation>TLS:n yksityisen avaimen tiedosto on asetettu, mutta varmennetiedostoa ei: HTTPS vaatii molemmat.</translation>
    </message>
    <message>
        <source>A TLS certificate file is set but no private key file: HTTPS needs both.</source>
        <translation>TLS-varmennetiedosto on asetettu, mutta yksityisen avaimen tiedostoa ei: HTTPS vaatii molemmat.</translation>
    </message>
</context>
<context>
    <name>ReceiverSubscription</name>
    <message>
        <source>Enter the public http:// or https:// address that reaches this receiver, for example the address of a tunnel to port %1.</source>
        <translation>Anna julkinen http://- tai https://-osoite, josta tähän vastaanottimeen pääsee, esimerkiksi porttiin %1 johtavan tunnelin osoite.</translation>
    </message>
    <message>
        <source>The webhook could not be created: %1</source>
        <translation>Webhookia ei voitu luoda: %1</translation>
    </message>
    <message>
        <source>The webhook was created, but the secret could not be kept in the keychain: %1</source>
        <translation>Webhook luotiin, mutta salaisuutta ei voitu tallentaa avainnippuun: %1</translation>
    </message>
    <message>
        <source>The webhook could not be created: %1 It is not in Vainu&apos;s list, so it is safe to try again.</source>
        <translation>Webhookia ei voitu luoda: %1 Se ei ole Vainun luettelossa, joten voit turvallisesti yrittää uudelleen.</translation>
    </message>
    <message>
        <source>This receiver has no secret yet: &quot;Subscribe this receiver&quot; on the Live events page creates one.</source>
        <translation>Tällä vastaanottimella ei ole vielä salaisuutta: ”Tilaa toimitukset tähän vastaanottimeen” Live-tapahtumat-sivulla luo sellaisen.</translation>
    </message>
    <message>
        <source>The webhooks could not be listed, so nothing was changed: %1</source>
        <translation>Webhookeja ei voitu listata, joten mitään ei muutettu: %1</translation>
    </message>
    <message>
        <source>Another profile was chosen while the secret was being rotated, so it was not changed.</source>
        <translation>Toinen profiili valittiin kesken salaisuuden vaihdon, joten sitä ei vaihdettu.</translation>
    </message>
    <message>
        <source>The new secret is in use, but the keychain could not keep it: %1</source>
        <translation>Uusi salaisuus on käytössä, mutta avainnippu ei voinut tallentaa sitä: %1</translation>
    </message>
    <message>
        <source>The new webhook could not be created, so the secret was not changed: %1</source>
        <translation>Uutta webhookia ei voitu luoda, joten salaisuutta ei vaihdettu: %1</translation>
    </message>
    <message>
        <source>Delete the webhook %1 too: it was made for the new secret and could not be removed.</source>
        <translation>Poista myös webhook %1: se luotiin uutta salaisuutta varten, eikä sitä voitu poistaa.</translation>
    </message>
    <message numerus="yes">
        <source>The old webhook could not be deleted: delete %n webhook(s) with the old secret yourself (id %1) on the Webhooks page.</source>
        <translation>
            <numerusform>Vanhaa webhookia ei voitu poistaa: poista itse vanhan salaisuuden webhook (tunnus %1) Webhookit-sivulla.</numerusform>
            <numerusform>Vanhoja webhookeja ei voitu poistaa: poista itse %n vanhan salaisuuden webhookia (tunnus %1) Webhookit-sivulla.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceiverWorker</name>
    <message>
        <source>Not allowed to listen on port %1 on %2. Ports below 1024 need administrator rights; choose a port above 1024.</source>
        <translation>Porttia %1 osoitteessa %2 ei saa kuunnella. Alle 1024:n portit vaativat ylläpitäjän oikeudet; valitse portti, joka on yli 1024.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3. Check the address (127.0.0.1 for this machine only).</source>
        <translation>Osoitteen %1 porttia %2 ei voi kuunnella: %3. Tarkista osoite (127.0.0.1 vain tälle koneelle).</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Ei löytynyt.</translation>
    </message>
    <message>
        <source>The delivery could not be stored; try again later.</source>
        <translation>Toimitusta ei voitu tallentaa; yritä myöhemmin uudelleen.</translation>
    </message>
    <message>
        <source>The body is not JSON: %1</source>
        <translation>Runko ei ole JSONia: %1</translation>
    </message>
    <message>
        <source>Port %1 on %2 is already in use: another program uses it. Stop that program, or run the receiver on another port with --port (for example --port %3).</source>
        <translation>Portti %1 osoitteessa %2 on jo käytössä: toinen ohjelma käyttää sitä. Pysäytä se ohjelma tai käynnistä vastaanotin toisessa portissa valitsimella --port (esimerkiksi --port %3).</translation>
    </message>
    <message>
        <source>HTTPS is not available: the TLS library (OpenSSL) could not be loaded.</source>
        <translation>HTTPS ei ole käytettävissä: TLS-kirjastoa (OpenSSL) ei voitu ladata.</translation>
    </message>
    <message>
        <source>The receiver cannot serve HTTPS: %1</source>
        <translation>Vastaanotin ei voi tarjota HTTPS:ää: %1</translation>
    </message>
</context>
<context>
    <name>ReplayDialog</name>
    <message>
        <source>Replay events</source>
        <translation>Lähetä tapahtumat uudelleen</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>Lähetä &amp;kohteeseen:</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Lähetä uudelleen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Peruuta</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Tulokset</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>The selected events (%1)</source>
        <translation>Valitut tapahtumat (%1)</translation>
    </message>
    <message>
        <source>All the events the page shows, its filter applied (%1)</source>
        <translation>Kaikki sivulla näkyvät tapahtumat suodatin huomioiden (%1)</translation>
    </message>
    <message>
        <source>Each event is sent once, in arrival order, as it was received.</source>
        <translation>Jokainen tapahtuma lähetetään kerran saapumisjärjestyksessä sellaisena kuin se vastaanotettiin.</translation>
    </message>
    <message>
        <source>Nothing was sent: no event store is open.</source>
        <translation>Mitään ei lähetetty: tapahtumavarastoa ei ole avattu.</translation>
    </message>
    <message numerus="yes">
        <source>Replaying %n events…</source>
        <translation>
            <numerusform>Lähetetään %n tapahtuma uudelleen…</numerusform>
            <numerusform>Lähetetään %n tapahtumaa uudelleen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Ei löytynyt</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Toimitettu</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Epäonnistui</translation>
    </message>
    <message>
        <source>The event is no longer in the store.</source>
        <translation>Tapahtumaa ei enää ole varastossa.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Mitään ei lähetetty: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>%n toimitettu</numerusform>
            <numerusform>%n toimitettu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n epäonnistui</numerusform>
            <numerusform>%n epäonnistui</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation>Peruttu: %1.</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Valmis: %1.</translation>
    </message>
    <message>
        <source>Business id</source>
        <translation>Y-tunnus</translation>
    </message>
</context>
<context>
    <name>ReplayWorker</name>
    <message>
        <source>There is no event %1.</source>
        <translation>Tapahtumaa %1 ei ole.</translation>
    </message>
</context>
<context>
    <name>RequestBuilder</name>
    <message>
        <source>No API address is set. Enter the Vainu API address in Settings.</source>
        <translation>API-osoitetta ei ole asetettu. Anna Vainun API-osoite asetuksissa.</translation>
    </message>
    <message>
        <source>The API address &quot;%1&quot; is not a valid URL. Check it in Settings.</source>
        <translation>API-osoite ”%1” ei ole kelvollinen URL. Tarkista se asetuksista.</translation>
    </message>
    <message>
        <source>The API address &quot;%1&quot; must start with https:// or http://. Check it in Settings.</source>
        <translation>API-osoitteen ”%1” on alettava https:// tai http://. Tarkista se asetuksista.</translation>
    </message>
</context>
<context>
    <name>RequestValidator</name>
    <message>
        <source>No webhook receiver at %1. Deliveries go to %2.</source>
        <translation>Osoitteessa %1 ei ole webhook-vastaanotinta. Toimitukset menevät osoitteeseen %2.</translation>
    </message>
    <message>
        <source>Method %1 is not allowed here; Vainu delivers with POST.</source>
        <translation>Metodia %1 ei sallita tässä; Vainu toimittaa POST-metodilla.</translation>
    </message>
    <message>
        <source>The secret is missing from the query (parameter &quot;%1&quot;). Subscribe the webhook again with the receiver&apos;s current URL.</source>
        <translation>Salaisuus puuttuu kyselystä (parametri ”%1”). Tilaa webhook uudelleen vastaanottimen nykyisellä URL:llä.</translation>
    </message>
    <message>
        <source>The secret in the query is wrong. Subscribe the webhook again with the receiver&apos;s current URL.</source>
        <translation>Kyselyn salaisuus on väärä. Tilaa webhook uudelleen vastaanottimen nykyisellä URL:llä.</translation>
    </message>
    <message>
        <source>Chunked request bodies are not accepted; send the body with a Content-Length header.</source>
        <translation>Paloiteltuja (chunked) pyyntörunkoja ei hyväksytä; lähetä runko Content-Length-otsakkeen kanssa.</translation>
    </message>
    <message>
        <source>The request has no Content-Length header.</source>
        <translation>Pyynnössä ei ole Content-Length-otsaketta.</translation>
    </message>
    <message>
        <source>The body has %1 bytes; the limit is %2 bytes.</source>
        <translation>Rungossa on %1 tavua; raja on %2 tavua.</translation>
    </message>
</context>
<context>
    <name>SandboxControl</name>
    <message>
        <source>The built-in sandbox is not running.</source>
        <translation>Sisäänrakennettu hiekkalaatikko ei ole käynnissä.</translation>
    </message>
    <message>
        <source>The sandbox did not take the request: %1</source>
        <translation>Hiekkalaatikko ei hyväksynyt pyyntöä: %1</translation>
    </message>
</context>
<context>
    <name>SandboxMain</name>
    <message>
        <source>Local emulator of Vainu&apos;s API v2: webhooks, customer data, company lists, Get Companies, deliveries with retries and a /_sandbox/ control surface.</source>
        <translation>Vainun API v2:n paikallinen emulaattori: webhookit, asiakastiedot, yrityslistat, Get Companies, toimitukset uusintayrityksineen ja /_sandbox/-ohjausreitit.</translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one (default 8700).</source>
        <translation>Kuunneltava portti; 0 valitsee vapaan (oletus 8700).</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Kuunneltava osoite (oletus 127.0.0.1).</translation>
    </message>
    <message>
        <source>Keep the state in this JSON file across restarts.</source>
        <translation>Säilytä tila tässä JSON-tiedostossa uudelleenkäynnistysten yli.</translation>
    </message>
    <message>
        <source>Seed of the demo data set (default 1).</source>
        <translation>Esittelyaineiston siemenluku (oletus 1).</translation>
    </message>
    <message>
        <source>Accept this API key for this user; repeatable.</source>
        <translation>Hyväksy tämä API-avain tälle käyttäjälle; voi toistaa.</translation>
    </message>
    <message>
        <source>The demo account&apos;s API key.</source>
        <translation>Esittelytilin API-avain.</translation>
    </message>
    <message>
        <source>Delivery retry delays in milliseconds (default 1000,5000,30000,120000,600000).</source>
        <translation>Toimitusten uusintayritysten viiveet millisekunteina (oletus 1000,5000,30000,120000,600000).</translation>
    </message>
    <message>
        <source>Delivery timeout in milliseconds (default 10000).</source>
        <translation>Toimituksen aikakatkaisu millisekunteina (oletus 10000).</translation>
    </message>
    <message>
        <source>URL of the demo account&apos;s webhook (default http://127.0.0.1:8787/vainu/webhook).</source>
        <translation>Esittelytilin webhookin URL (oletus http://127.0.0.1:8787/vainu/webhook).</translation>
    </message>
    <message>
        <source>Query of the demo webhook (default ?source=sandbox).</source>
        <translation>Esittelywebhookin kysely (oletus ?source=sandbox).</translation>
    </message>
    <message>
        <source>--port wants a number from 0 to 65535, got &quot;%1&quot;.</source>
        <translation>--port odottaa lukua väliltä 0–65535, saatiin ”%1”.</translation>
    </message>
    <message>
        <source>--bind wants an IP address such as 127.0.0.1, got &quot;%1&quot;.</source>
        <translation>--bind odottaa IP-osoitetta, kuten 127.0.0.1, saatiin ”%1”.</translation>
    </message>
    <message>
        <source>--seed wants a non-negative whole number, got &quot;%1&quot;.</source>
        <translation>--seed odottaa ei-negatiivista kokonaislukua, saatiin ”%1”.</translation>
    </message>
    <message>
        <source>--key wants KEY=USERNAME, e.g. --key secret123=me@example.com, got &quot;%1&quot;.</source>
        <translation>--key odottaa muotoa AVAIN=KÄYTTÄJÄ, esim. --key secret123=me@example.com, saatiin ”%1”.</translation>
    </message>
    <message>
        <source>--retry-delays wants milliseconds separated by commas, e.g. 50,100,200.</source>
        <translation>--retry-delays odottaa pilkuilla erotettuja millisekunteja, esim. 50,100,200.</translation>
    </message>
    <message>
        <source>--delivery-timeout wants a number of milliseconds above 0.</source>
        <translation>--delivery-timeout odottaa nollaa suurempaa millisekuntimäärää.</translation>
    </message>
    <message>
        <source>Vainu sandbox listening on %1  API key: %2</source>
        <translation>Vainu-hiekkalaatikko kuuntelee osoitteessa %1  API-avain: %2</translation>
    </message>
    <message>
        <source>Control routes: %1  (see docs/sandbox.md)</source>
        <translation>Ohjausreitit: %1  (katso docs/sandbox.md)</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>The sandbox state file is not usable: %1. Fix it or delete it to start from the seed.</source>
        <translation>Hiekkalaatikon tilatiedosto ei ole käyttökelpoinen: %1. Korjaa tai poista se, jolloin aloitetaan siemenestä.</translation>
    </message>
    <message>
        <source>Cannot write the sandbox state file %1: %2</source>
        <translation>Hiekkalaatikon tilatiedostoon %1 ei voi kirjoittaa: %2</translation>
    </message>
    <message>
        <source>The sandbox is already running.</source>
        <translation>Hiekkalaatikko on jo käynnissä.</translation>
    </message>
    <message>
        <source>The sandbox cannot listen on %1 port %2: %3</source>
        <translation>Hiekkalaatikko ei voi kuunnella osoitteen %1 porttia %2: %3</translation>
    </message>
</context>
<context>
    <name>SandboxThread</name>
    <message>
        <source>The sandbox is already running.</source>
        <translation>Hiekkalaatikko on jo käynnissä.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>The event database has schema version %1, but this version of the application understands only up to %2. Use a newer version of the application or another data folder.</source>
        <translation>Tapahtumatietokannan skeemaversio on %1, mutta tämä sovelluksen versio ymmärtää vain versioon %2 asti. Käytä sovelluksen uudempaa versiota tai toista datakansiota.</translation>
    </message>
</context>
<context>
    <name>SessionAutostart</name>
    <message>
        <source>The entry in %1 could not be changed: access was denied.</source>
        <translation>Kohtaa %1 ei voitu muuttaa: pääsy estettiin.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Kansiota %1 ei voitu luoda.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Tiedostoon %1 ei voitu kirjoittaa: %2</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>Tiedostoa %1 ei voitu poistaa: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profiilit</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profiilit</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lisää</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>Lisää profiili</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Delete the selected profile and its key</source>
        <translation>Poista valittu profiili ja sen avain</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profiilin nimi</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Palvelin:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Palvelimen osoite</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;avain:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-avain</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testaa yhteys</translation>
    </message>
    <message>
        <source>&amp;Use this profile</source>
        <translation>&amp;Käytä tätä profiilia</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Palauta</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <source>Paste the API key of your Vainu account</source>
        <translation>Liitä Vainu-tilisi API-avain</translation>
    </message>
    <message>
        <source>The key is not saved yet.</source>
        <translation>Avainta ei ole vielä tallennettu.</translation>
    </message>
    <message>
        <source>&amp;Vainu account…</source>
        <translation>&amp;Vainu-tili…</translation>
    </message>
    <message>
        <source>Connect to Vainu&apos;s API at %1 with your API key</source>
        <translation>Yhdistä Vainun API:in osoitteessa %1 API-avaimellasi</translation>
    </message>
    <message>
        <source>Another &amp;sandbox</source>
        <translation>Toinen &amp;hiekkalaatikko</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Käytössä</translation>
    </message>
    <message>
        <source>New profile (not saved yet)</source>
        <translation>Uusi profiili (ei vielä tallennettu)</translation>
    </message>
    <message>
        <source>The built-in sandbox runs on this computer with demo data and its own demo key: nothing to set up, and nothing leaves this computer.</source>
        <translation>Sisäänrakennettu hiekkalaatikko toimii tällä tietokoneella esittelytiedoin ja omalla esittelyavaimellaan: mitään ei tarvitse määrittää, eikä mikään lähde tältä tietokoneelta.</translation>
    </message>
    <message>
        <source>A Vainu account, or any server that speaks Vainu&apos;s API v2. The API key is kept in the system keychain, never in a file.</source>
        <translation>Vainu-tili tai mikä tahansa palvelin, joka tukee Vainun API v2:ta. API-avain säilytetään järjestelmän avainnipussa, ei koskaan tiedostossa.</translation>
    </message>
    <message>
        <source>Save stores the key in the system keychain.</source>
        <translation>Tallennus vie avaimen järjestelmän avainnippuun.</translation>
    </message>
    <message>
        <source>Reading the key from the keychain…</source>
        <translation>Luetaan avainta avainnipusta…</translation>
    </message>
    <message>
        <source>The key is stored in the system keychain.</source>
        <translation>Avain on tallessa järjestelmän avainnipussa.</translation>
    </message>
    <message>
        <source>No key is saved for this profile yet. Paste the API key of your Vainu account and save.</source>
        <translation>Tälle profiilille ei ole vielä tallennettu avainta. Liitä Vainu-tilisi API-avain ja tallenna.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <source>Discard the changes to the profile &quot;%1&quot;?</source>
        <translation>Hylätäänkö profiilin ”%1” muutokset?</translation>
    </message>
    <message>
        <source>The name, server or key you entered is not saved yet.</source>
        <translation>Antamaasi nimeä, palvelinta tai avainta ei ole vielä tallennettu.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hylkää</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
    <message>
        <source>Removing the key from the keychain…</source>
        <translation>Poistetaan avainta avainnipusta…</translation>
    </message>
    <message>
        <source>Saving the key to the keychain…</source>
        <translation>Tallennetaan avainta avainnippuun…</translation>
    </message>
    <message>
        <source>The built-in sandbox is not running. Choose &quot;Use this profile&quot; to start it.</source>
        <translation>Sisäänrakennettu hiekkalaatikko ei ole käynnissä. Käynnistä se valitsemalla ”Käytä tätä profiilia”.</translation>
    </message>
    <message>
        <source>Enter the API key first, then test the connection.</source>
        <translation>Anna ensin API-avain ja testaa sitten yhteys.</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Testataan yhteyttä osoitteeseen %1…</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Poista profiili</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;?</source>
        <translation>Poistetaanko profiili ”%1”?</translation>
    </message>
    <message>
        <source>Its API key is removed from the system keychain too. This cannot be undone.</source>
        <translation>Myös sen API-avain poistetaan järjestelmän avainnipusta. Tätä ei voi perua.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Tätä ei voi perua.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was deleted.</source>
        <translation>Profiili ”%1” poistettiin.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was deleted, but its secrets may still be in the keychain: %2</source>
        <translation>Profiili ”%1” poistettiin, mutta sen salaisuudet voivat yhä olla avainnipussa: %2</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Kaikki profiilit</translation>
    </message>
    <message>
        <source>&amp;When I close the window while the receiver runs:</source>
        <translation>&amp;Kun suljen ikkunan vastaanottimen ollessa käynnissä:</translation>
    </message>
    <message>
        <source>When I close the window while the receiver runs</source>
        <translation>Kun suljen ikkunan vastaanottimen ollessa käynnissä</translation>
    </message>
    <message>
        <source>Keep receiving in the tray</source>
        <translation>Jatka vastaanottoa ilmoitusalueella</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <source>Start with &amp;my session</source>
        <translation>Käynnistä &amp;istunnon alkaessa</translation>
    </message>
    <message>
        <source>When you log in, start Vainu Webhooks in the system tray with the receiver on</source>
        <translation>Käynnistä Vainu Webhooks kirjautuessasi ilmoitusalueelle vastaanotin päällä</translation>
    </message>
    <message>
        <source>Without an API key this profile cannot reach Vainu. Paste the key and save again.</source>
        <translation>Ilman API-avainta tämä profiili ei saa yhteyttä Vainuun. Liitä avain ja tallenna uudelleen.</translation>
    </message>
    <message>
        <source>The key was removed from the system keychain: this profile cannot reach Vainu until you paste a key and save again.</source>
        <translation>Avain poistettiin järjestelmän avainnipusta: tämä profiili ei saa yhteyttä Vainuun, ennen kuin liität avaimen ja tallennat uudelleen.</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Yhteys</translation>
    </message>
    <message>
        <source>Rece&amp;iver</source>
        <translation>&amp;Vastaanotin</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>Kuu&amp;ntelu:</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Kuuntelu</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>Vain tämä tietokone (127.0.0.1)</translation>
    </message>
    <message>
        <source>All network interfaces (0.0.0.0)</source>
        <translation>Kaikki verkkoliitännät (0.0.0.0)</translation>
    </message>
    <message>
        <source>One address</source>
        <translation>Yksi osoite</translation>
    </message>
    <message>
        <source>Listening address</source>
        <translation>Kuunteluosoite</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ortti:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Portti</translation>
    </message>
    <message>
        <source>Pat&amp;h:</source>
        <translation>Polk&amp;u:</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Polku</translation>
    </message>
    <message>
        <source>Pu&amp;blic URL:</source>
        <translation>&amp;Julkinen URL:</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>Julkinen URL</translation>
    </message>
    <message>
        <source>Start the receiver with th&amp;e app</source>
        <translation>Käynnistä vastaanotin sovelluksen &amp;mukana</translation>
    </message>
    <message>
        <source>Start the receiver whenever this profile is in use, without pressing Start</source>
        <translation>Käynnistä vastaanotin aina, kun tämä profiili on käytössä, painamatta Käynnistä-painiketta</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Salaisuus:</translation>
    </message>
    <message>
        <source>Receiver secret</source>
        <translation>Vastaanottimen salaisuus</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Näytä</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopioi</translation>
    </message>
    <message>
        <source>TLS certi&amp;ficate:</source>
        <translation>TLS-varm&amp;enne:</translation>
    </message>
    <message>
        <source>TLS certificate file (PEM)</source>
        <translation>TLS-varmennetiedosto (PEM)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Selaa…</translation>
    </message>
    <message>
        <source>TLS ke&amp;y:</source>
        <translation>TLS-&amp;avain:</translation>
    </message>
    <message>
        <source>TLS key file (PEM)</source>
        <translation>TLS-avaintiedosto (PEM)</translation>
    </message>
    <message>
        <source>Show the secret in clear</source>
        <translation>Näytä salaisuus selväkielisenä</translation>
    </message>
    <message>
        <source>Copy the secret to the clipboard</source>
        <translation>Kopioi salaisuus leikepöydälle</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Valitse varmennetiedosto</translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation>Valitse avaintiedosto</translation>
    </message>
    <message>
        <source>Empty: plain HTTP</source>
        <translation>Tyhjä: pelkkä HTTP</translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation>esimerkiksi %1</translation>
    </message>
    <message>
        <source>The address Vainu reaches this receiver at: a tunnel (ngrok, cloudflared) or a server that forwards to the port above. &quot;Subscribe this receiver&quot; fills it in.</source>
        <translation>Osoite, josta Vainu tavoittaa tämän vastaanottimen: tunneli (ngrok, cloudflared) tai palvelin, joka välittää yllä olevaan porttiin. ”Tilaa toimitukset tähän vastaanottimeen” täyttää sen.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Piilota</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Kopioitu leikepöydälle.</translation>
    </message>
    <message>
        <source>Choose the TLS certificate (PEM)</source>
        <translation>Valitse TLS-varmenne (PEM)</translation>
    </message>
    <message>
        <source>Choose the TLS private key (PEM)</source>
        <translation>Valitse TLS:n yksityinen avain (PEM)</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key)</source>
        <translation>PEM-tiedostot (*.pem *.crt *.key)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Where the receiver listens for the sandbox&apos;s deliveries. The sandbox runs on this computer, so 127.0.0.1 is all it needs. Changes apply on Save; a running receiver restarts.</source>
        <translation>Missä vastaanotin kuuntelee hiekkalaatikon toimituksia. Hiekkalaatikko toimii tällä tietokoneella, joten 127.0.0.1 riittää. Muutokset tulevat voimaan, kun tallennat; käynnissä oleva vastaanotin käynnistyy uudelleen.</translation>
    </message>
    <message>
        <source>Where the receiver listens for Vainu&apos;s deliveries. Vainu cannot reach 127.0.0.1: give it a public URL that forwards to this port (a tunnel such as ngrok or cloudflared, or a server). Changes apply on Save; a running receiver restarts.</source>
        <translation>Missä vastaanotin kuuntelee Vainun toimituksia. Vainu ei tavoita osoitetta 127.0.0.1: anna sille julkinen URL, joka välittää tähän porttiin (tunneli, kuten ngrok tai cloudflared, tai palvelin). Muutokset tulevat voimaan, kun tallennat; käynnissä oleva vastaanotin käynnistyy uudelleen.</translation>
    </message>
    <message>
        <source>No secret yet: &quot;Subscribe this receiver&quot; on the Live events page creates one.</source>
        <translation>Salaisuutta ei vielä ole: ”Tilaa toimitukset tähän vastaanottimeen” Live-tapahtumat-sivulla luo sellaisen.</translation>
    </message>
    <message>
        <source>Reading the secret from the keychain…</source>
        <translation>Luetaan salaisuutta avainnipusta…</translation>
    </message>
    <message>
        <source>Vainu sends it with every delivery; others are refused.</source>
        <translation>Vainu lähettää sen jokaisen toimituksen mukana; muut hylätään.</translation>
    </message>
    <message>
        <source>Not saved: the receiver cannot listen there. The Receiver tab says why.</source>
        <translation>Ei tallennettu: vastaanotin ei voi kuunnella siellä. Vastaanotin-välilehti kertoo syyn.</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Vaihda…</translation>
    </message>
    <message>
        <source>The previous secret is accepted until %1.</source>
        <translation>Edellinen salaisuus hyväksytään %1 asti.</translation>
    </message>
    <message>
        <source>Use this profile to rotate its receiver&apos;s secret</source>
        <translation>Ota tämä profiili käyttöön vaihtaaksesi sen vastaanottimen salaisuuden</translation>
    </message>
    <message>
        <source>Replace the secret with a new one; the old one stays valid for a while</source>
        <translation>Korvaa salaisuus uudella; vanha pysyy voimassa vielä hetken</translation>
    </message>
    <message>
        <source>The webhooks are being changed; try again in a moment.</source>
        <translation>Webhookeja muutetaan parhaillaan; yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <source>The webhook that delivers here with the old secret is replaced: one with the new secret is created first, then the old one is deleted. If the new one cannot be created, nothing changes.</source>
        <translation>Webhook, joka toimittaa tänne vanhalla salaisuudella, korvataan: ensin luodaan uusi uudella salaisuudella, sitten vanha poistetaan. Jos uutta ei voida luoda, mikään ei muutu.</translation>
    </message>
    <message>
        <source>The secret replaced by the last rotation is refused from now on.</source>
        <translation>Edellisessä vaihdossa korvattu salaisuus hylätään tästä lähtien.</translation>
    </message>
    <message>
        <source>Rotate the receiver&apos;s secret</source>
        <translation>Vaihda vastaanottimen salaisuus</translation>
    </message>
    <message>
        <source>A new secret replaces the current one. The receiver accepts the new one at once and the old one too until %1, so that Vainu&apos;s retries of earlier deliveries still arrive; after that only the new one.</source>
        <translation>Uusi salaisuus korvaa nykyisen. Vastaanotin hyväksyy uuden heti ja vanhan vielä %1 asti, jotta Vainun aiempien toimitusten uusintayritykset tulevat perille; sen jälkeen vain uuden.</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Vaihda</translation>
    </message>
    <message>
        <source>Rotating the secret…</source>
        <translation>Vaihdetaan salaisuutta…</translation>
    </message>
    <message>
        <source>The secret was rotated. No webhook delivered here with the old one: subscribe this receiver to give Vainu the new one.</source>
        <translation>Salaisuus vaihdettiin. Mikään webhook ei toimittanut tänne vanhalla salaisuudella: tilaa toimitukset tähän vastaanottimeen, jotta Vainu saa uuden.</translation>
    </message>
    <message>
        <source>The secret was rotated, and Vainu&apos;s webhook now carries the new one.</source>
        <translation>Salaisuus vaihdettiin, ja Vainun webhook käyttää nyt uutta.</translation>
    </message>
    <message>
        <source>Another profile was chosen while the secret was being rotated. Check that account&apos;s webhooks on the Webhooks page.</source>
        <translation>Toinen profiili valittiin kesken salaisuuden vaihdon. Tarkista sen tilin webhookit Webhookit-sivulla.</translation>
    </message>
</context>
<context>
    <name>SetupBanner</name>
    <message>
        <source>Close this message</source>
        <translation>Sulje tämä viesti</translation>
    </message>
</context>
<context>
    <name>Sparkline</name>
    <message>
        <source>Last minute: %1 · last hour: %2</source>
        <translation>Viime minuutti: %1 · viime tunti: %2</translation>
    </message>
</context>
<context>
    <name>StoreDatabase</name>
    <message>
        <source>Cannot open the event database %1: %2</source>
        <translation>Tapahtumatietokantaa %1 ei voi avata: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the event database %1: %2</source>
        <translation>Tapahtumatietokantaa %1 ei voi valmistella: %2</translation>
    </message>
    <message>
        <source>The event database %1 cannot use write-ahead logging (it may be on a network file system). Choose a local data folder.</source>
        <translation>Tapahtumatietokanta %1 ei voi käyttää WAL-lokia (se voi olla verkkotiedostojärjestelmässä). Valitse paikallinen datakansio.</translation>
    </message>
</context>
<context>
    <name>SubscribeReceiverDialog</name>
    <message>
        <source>&amp;Delete the other webhooks that point at this receiver</source>
        <translation>&amp;Poista muut tähän vastaanottimeen osoittavat webhookit</translation>
    </message>
    <message>
        <source>Subscribe this receiver</source>
        <translation>Tilaa toimitukset tähän vastaanottimeen</translation>
    </message>
    <message>
        <source>Vainu has no way to change a webhook: the new one is created first, then the old ones are deleted.</source>
        <translation>Vainussa webhookia ei voi muuttaa: ensin luodaan uusi, sitten vanhat poistetaan.</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>&amp;Tilaa</translation>
    </message>
    <message>
        <source>&amp;Public URL:</source>
        <translation>&amp;Julkinen URL:</translation>
    </message>
    <message>
        <source>The sandbox delivers to this computer directly, so no public address is needed. A webhook to the receiver is created with a new secret, and the secret is kept in the system keychain.</source>
        <translation>Hiekkalaatikko toimittaa suoraan tälle tietokoneelle, joten julkista osoitetta ei tarvita. Vastaanottimeen luodaan webhook uudella salaisuudella, ja salaisuus säilytetään järjestelmän avainnipussa.</translation>
    </message>
    <message>
        <source>Vainu must reach this receiver from the internet. Enter the public https address that forwards to port %1 on this computer (a tunnel or a reverse proxy). A webhook to it is created with a new secret, and the secret is kept in the system keychain.</source>
        <translation>Vainun on tavoitettava tämä vastaanotin internetistä. Anna julkinen https-osoite, joka välittää tämän tietokoneen porttiin %1 (tunneli tai käänteinen välityspalvelin). Siihen luodaan webhook uudella salaisuudella, ja salaisuus säilytetään järjestelmän avainnipussa.</translation>
    </message>
    <message>
        <source>Vainu will call: %1?%2=•••••• (a new secret)</source>
        <translation>Vainu kutsuu osoitetta: %1?%2=•••••• (uusi salaisuus)</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// address.</source>
        <translation>Anna http://- tai https://-osoite.</translation>
    </message>
    <message>
        <source>The sandbox delivers to the receiver on this computer, at this address. There is nothing to change here.</source>
        <translation>Hiekkalaatikko toimittaa tämän tietokoneen vastaanottimeen tähän osoitteeseen. Tässä ei ole mitään muutettavaa.</translation>
    </message>
    <message>
        <source>Set by the app: the sandbox delivers locally.</source>
        <translation>Sovelluksen asettama: hiekkalaatikko toimittaa paikallisesti.</translation>
    </message>
    <message>
        <source>%1 started a tunnel to port %2: %3.</source>
        <translation>%1 käynnisti tunnelin porttiin %2: %3.</translation>
    </message>
    <message>
        <source>The tunnel did not start: %1 Its output:</source>
        <translation>Tunneli ei käynnistynyt: %1 Sen tuloste:</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>(ei tulostetta)</translation>
    </message>
    <message>
        <source>Looking for a tunnel to port %1…</source>
        <translation>Etsitään tunnelia porttiin %1…</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Käytä osoitetta %1</translation>
    </message>
    <message>
        <source>ngrok forwards %1 to port %2.</source>
        <translation>ngrok välittää osoitteen %1 porttiin %2.</translation>
    </message>
    <message>
        <source>A cloudflared quick tunnel runs at %1; check that it forwards to port %2.</source>
        <translation>cloudflared-pikatunneli on käynnissä osoitteessa %1; tarkista, että se välittää porttiin %2.</translation>
    </message>
    <message>
        <source>ngrok runs, but none of its tunnels forwards to port %1.</source>
        <translation>ngrok on käynnissä, mutta mikään sen tunneleista ei välitä porttiin %1.</translation>
    </message>
    <message>
        <source>No tunnel to port %1 is running. %2 is installed and can start one.</source>
        <translation>Porttiin %1 ei ole käynnissä tunnelia. %2 on asennettu ja voi käynnistää sellaisen.</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Käynnistä %1</translation>
    </message>
    <message>
        <source>No tunnel to port %1 is running, and neither cloudflared nor ngrok is installed. Install &lt;a href=&quot;%2&quot;&gt;cloudflared&lt;/a&gt; (a quick tunnel needs no account) or &lt;a href=&quot;%3&quot;&gt;ngrok&lt;/a&gt;, or enter the address of a server that forwards to this computer.</source>
        <translation>Porttiin %1 ei ole käynnissä tunnelia, eikä cloudflared- tai ngrok-ohjelmaa ole asennettu. Asenna &lt;a href=&quot;%2&quot;&gt;cloudflared&lt;/a&gt; (pikatunneli ei vaadi tiliä) tai &lt;a href=&quot;%3&quot;&gt;ngrok&lt;/a&gt;, tai anna sellaisen palvelimen osoite, joka välittää tälle tietokoneelle.</translation>
    </message>
    <message>
        <source>Starting %1 for port %2…</source>
        <translation>Käynnistetään %1 porttia %2 varten…</translation>
    </message>
</context>
<context>
    <name>TlsCredentials</name>
    <message>
        <source>No TLS certificate file is set; HTTPS needs both a certificate and a private key file.</source>
        <translation>TLS-varmennetiedostoa ei ole asetettu; HTTPS vaatii sekä varmennetiedoston että yksityisen avaimen tiedoston.</translation>
    </message>
    <message>
        <source>No TLS private key file is set; HTTPS needs both a certificate and a private key file.</source>
        <translation>TLS:n yksityisen avaimen tiedostoa ei ole asetettu; HTTPS vaatii sekä varmennetiedoston että yksityisen avaimen tiedoston.</translation>
    </message>
    <message>
        <source>The TLS certificate file &quot;%1&quot; does not exist.</source>
        <translation>TLS-varmennetiedostoa ”%1” ei ole olemassa.</translation>
    </message>
    <message>
        <source>The TLS certificate file &quot;%1&quot; cannot be read: %2.</source>
        <translation>TLS-varmennetiedostoa ”%1” ei voi lukea: %2.</translation>
    </message>
    <message>
        <source>The TLS certificate file &quot;%1&quot; holds no PEM certificate (&quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation>TLS-varmennetiedostossa ”%1” ei ole PEM-varmennetta (”-----BEGIN CERTIFICATE-----”).</translation>
    </message>
    <message>
        <source>The TLS private key file &quot;%1&quot; does not exist.</source>
        <translation>TLS:n yksityisen avaimen tiedostoa ”%1” ei ole olemassa.</translation>
    </message>
    <message>
        <source>The TLS private key file &quot;%1&quot; cannot be read: %2.</source>
        <translation>TLS:n yksityisen avaimen tiedostoa ”%1” ei voi lukea: %2.</translation>
    </message>
    <message>
        <source>The TLS private key file &quot;%1&quot; holds no unencrypted PEM private key (RSA or EC).</source>
        <translation>TLS:n yksityisen avaimen tiedostossa ”%1” ei ole salaamatonta yksityistä PEM-avainta (RSA tai EC).</translation>
    </message>
    <message>
        <source>The TLS private key in &quot;%1&quot; does not belong to the certificate in &quot;%2&quot;. Use the key the certificate was issued for.</source>
        <translation>Tiedoston ”%1” yksityinen TLS-avain ei kuulu tiedoston ”%2” varmenteeseen. Käytä avainta, jolle varmenne on myönnetty.</translation>
    </message>
</context>
<context>
    <name>TokenVault</name>
    <message>
        <source>unknown error</source>
        <translation>tuntematon virhe</translation>
    </message>
    <message>
        <source>No profile was given for the key. Choose a profile and try again.</source>
        <translation>Avaimelle ei annettu profiilia. Valitse profiili ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The key is kept for this session only; the system keychain could not store it.</source>
        <translation>Avain säilytetään vain tämän istunnon ajan; järjestelmän avainnippu ei voinut tallentaa sitä.</translation>
    </message>
    <message>
        <source>it has not answered an earlier request</source>
        <translation>se ei ole vastannut aiempaan pyyntöön</translation>
    </message>
    <message>
        <source>No API key is set for this profile yet.</source>
        <translation>Tälle profiilille ei ole vielä asetettu API-avainta.</translation>
    </message>
    <message>
        <source>No receiver secret is set for this profile yet.</source>
        <translation>Tälle profiilille ei ole vielä asetettu vastaanottimen salaisuutta.</translation>
    </message>
    <message numerus="yes">
        <source>it did not answer within %n second(s)</source>
        <translation>
            <numerusform>se ei vastannut %n sekunnin kuluessa</numerusform>
            <numerusform>se ei vastannut %n sekunnin kuluessa</numerusform>
        </translation>
    </message>
    <message>
        <source>No system keychain is available: %1. The key will be used for this session only.</source>
        <translation>Järjestelmän avainnippua ei ole käytettävissä: %1. Avainta käytetään vain tämän istunnon ajan.</translation>
    </message>
    <message>
        <source>The system keychain did not store the key: %1. The key will be used for this session only.</source>
        <translation>Järjestelmän avainnippu ei tallentanut avainta: %1. Avainta käytetään vain tämän istunnon ajan.</translation>
    </message>
    <message>
        <source>No system keychain is available: %1. Enter the key again; it will be used for this session only.</source>
        <translation>Järjestelmän avainnippua ei ole käytettävissä: %1. Anna avain uudelleen; sitä käytetään vain tämän istunnon ajan.</translation>
    </message>
    <message>
        <source>The system keychain did not give out the key: %1. Unlock the keychain or enter the key again.</source>
        <translation>Järjestelmän avainnippu ei luovuttanut avainta: %1. Avaa avainnipun lukitus tai anna avain uudelleen.</translation>
    </message>
    <message>
        <source>No system keychain is available: %1. The key was forgotten for this session; remove it from the keychain later if it is still there.</source>
        <translation>Järjestelmän avainnippua ei ole käytettävissä: %1. Avain unohdettiin tämän istunnon osalta; poista se avainnipusta myöhemmin, jos se on yhä siellä.</translation>
    </message>
    <message>
        <source>The system keychain did not remove the key: %1. Remove it with the keychain&apos;s own tool.</source>
        <translation>Järjestelmän avainnippu ei poistanut avainta: %1. Poista se avainnipun omalla työkalulla.</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>System default</source>
        <translation>Järjestelmän oletus</translation>
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
        <translation>%1 muuttui.</translation>
    </message>
    <message numerus="yes">
        <source>%n company changes arrived, the last one for %1.</source>
        <translation>
            <numerusform>%n yritysmuutos saapui: %1.</numerusform>
            <numerusform>%n yritysmuutosta saapui, viimeisin: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>New company changes</source>
        <translation>Uusia yritysmuutoksia</translation>
    </message>
</context>
<context>
    <name>TunnelProcess</name>
    <message numerus="yes">
        <source>%1 did not report a public address within %n second(s).</source>
        <translation>
            <numerusform>%1 ei ilmoittanut julkista osoitetta %n sekunnin kuluessa.</numerusform>
            <numerusform>%1 ei ilmoittanut julkista osoitetta %n sekunnin kuluessa.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not installed (it is not on PATH).</source>
        <translation>%1 ei ole asennettu (sitä ei löydy PATH-polusta).</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>Ohjelmaa %1 ei voitu käynnistää: %2</translation>
    </message>
    <message>
        <source>%1 stopped unexpectedly.</source>
        <translation>%1 pysähtyi odottamatta.</translation>
    </message>
    <message>
        <source>%1 ended with exit code %2.</source>
        <translation>%1 päättyi paluuarvoon %2.</translation>
    </message>
</context>
<context>
    <name>WebhookTableModel</name>
    <message>
        <source>Company change</source>
        <translation>Yritysmuutos</translation>
    </message>
    <message>
        <source>Vainu posts company changes to:
%1</source>
        <translation>Vainu lähettää yritysmuutokset osoitteeseen:
%1</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Kysely</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Omistaja</translation>
    </message>
    <message>
        <source>Secrets are masked: choose &quot;Show secrets&quot; in the context menu to see them.</source>
        <translation>Salaisuudet on peitetty: näet ne valitsemalla pikavalikosta ”Näytä salaisuudet”.</translation>
    </message>
</context>
<context>
    <name>WebhookUrlCheck</name>
    <message>
        <source>Enter the address of your receiver, starting with https://.</source>
        <translation>Anna vastaanottimesi osoite, joka alkaa https://.</translation>
    </message>
    <message>
        <source>The address must be a full web address starting with https:// or http://, for example https://crm.example.com/vainu-webhook.</source>
        <translation>Osoitteen on oltava täydellinen verkko-osoite, joka alkaa https:// tai http://, esimerkiksi https://crm.example.com/vainu-webhook.</translation>
    </message>
    <message>
        <source>The address has no server name after %1://.</source>
        <translation>Osoitteessa ei ole palvelimen nimeä %1://:n jälkeen.</translation>
    </message>
    <message>
        <source>The address contains a space. Remove it or write it as %20.</source>
        <translation>Osoitteessa on välilyönti. Poista se tai kirjoita se muodossa %20.</translation>
    </message>
    <message>
        <source>Remove the part after &apos;#&apos;: it is never sent to a server.</source>
        <translation>Poista merkin ”#” jälkeinen osa: sitä ei koskaan lähetetä palvelimelle.</translation>
    </message>
    <message>
        <source>Company data would travel unencrypted over http. Use https if your server supports it.</source>
        <translation>Yritystiedot kulkisivat salaamattomina http:n yli. Käytä https:ää, jos palvelimesi tukee sitä.</translation>
    </message>
    <message>
        <source>Vainu cannot reach %1: it is a local or private address. Use a public address (the built-in sandbox can reach local addresses).</source>
        <translation>Vainu ei tavoita osoitetta %1: se on paikallinen tai yksityinen osoite. Käytä julkista osoitetta (sisäänrakennettu hiekkalaatikko tavoittaa paikalliset osoitteet).</translation>
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
        <translation>Listaa, lisää ja poistaa Vainu-tilin webhook-määritykset.

Komennot:
  webhooks list [--json]            näytä kaikki webhookit (tunniste, URL, kysely, tyyppi, omistaja)
  webhooks add URL [--query Q]      lisää webhook, joka toimittaa osoitteeseen URL (+ kysely Q);
                                    tulostaa sen tunnisteen
  webhooks delete ID...             poista webhookit tunnisteen perusteella

Tili on aktiivinen profiili, tai --profile NIMI, tai --base-url URL ja API-avain
ympäristömuuttujassa %1 (joka myös ohittaa profiiliin tallennetun avaimen).

Paluuarvot: 0 onnistui, 1 API- tai verkkovirhe, 2 käyttövirhe.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Näytä tämä ohje.</translation>
    </message>
    <message>
        <source>list, add: print JSON instead of a table.</source>
        <translation>list, add: tulosta JSON taulukon sijaan.</translation>
    </message>
    <message>
        <source>add: query parameters appended to the URL, e.g. &quot;?secret=abc&quot;.</source>
        <translation>add: URL:iin liitettävät kyselyparametrit, esim. ”?secret=abc”.</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <source>Use the profile with this name.</source>
        <translation>Käytä tämännimistä profiilia.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NIMI</translation>
    </message>
    <message>
        <source>Use this API address, e.g. https://api.vainu.io/api/v2/.</source>
        <translation>Käytä tätä API-osoitetta, esim. https://api.vainu.io/api/v2/.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The command group.</source>
        <translation>Komentoryhmä.</translation>
    </message>
    <message>
        <source>list, add or delete.</source>
        <translation>list, add tai delete.</translation>
    </message>
    <message>
        <source>add: the URL; delete: one or more ids.</source>
        <translation>add: URL; delete: yksi tai useampi tunniste.</translation>
    </message>
    <message>
        <source>Run &quot;%1 webhooks --help&quot; for help.</source>
        <translation>Ohjeen saat komennolla ”%1 webhooks --help”.</translation>
    </message>
    <message>
        <source>Name a command: list, add or delete.</source>
        <translation>Anna komento: list, add tai delete.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: use list, add or delete.</source>
        <translation>Tuntematon komento ”%1”: käytä komentoa list, add tai delete.</translation>
    </message>
    <message>
        <source>list takes no arguments.</source>
        <translation>list ei ota argumentteja.</translation>
    </message>
    <message>
        <source>add takes exactly one URL, e.g. add https://example.com/hook --query &quot;?secret=abc&quot;.</source>
        <translation>add ottaa täsmälleen yhden URL:n, esim. add https://example.com/hook --query ”?secret=abc”.</translation>
    </message>
    <message>
        <source>delete needs at least one webhook id.</source>
        <translation>delete tarvitsee vähintään yhden webhookin tunnisteen.</translation>
    </message>
    <message>
        <source>--query is only for add.</source>
        <translation>--query on vain add-komennolle.</translation>
    </message>
    <message>
        <source>Use either --profile or --base-url, not both.</source>
        <translation>Käytä joko valitsinta --profile tai --base-url, ei molempia.</translation>
    </message>
    <message>
        <source>No webhooks are configured.</source>
        <translation>Webhookeja ei ole määritetty.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>KYSELY</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYYPPI</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>OMISTAJA</translation>
    </message>
    <message>
        <source>Webhook %1 was not deleted: %2</source>
        <translation>Webhookia %1 ei poistettu: %2</translation>
    </message>
    <message>
        <source>Deleted webhook %1</source>
        <translation>Webhook %1 poistettiin</translation>
    </message>
    <message>
        <source>%1 The webhook was not created (it is not in the list), so it is safe to run the command again.</source>
        <translation>%1 Webhookia ei luotu (se ei ole luettelossa), joten komennon voi turvallisesti suorittaa uudelleen.</translation>
    </message>
    <message>
        <source>Vainu&apos;s answer was lost, but the webhook was created: it is in the list with id %1.</source>
        <translation>Vainun vastaus katosi, mutta webhook luotiin: se on luettelossa tunnisteella %1.</translation>
    </message>
</context>
<context>
    <name>WebhooksPage</name>
    <message>
        <source>Webhooks</source>
        <translation>Webhookit</translation>
    </message>
    <message>
        <source>Add webhook</source>
        <translation>Lisää webhook</translation>
    </message>
    <message>
        <source>Delete the selected webhooks</source>
        <translation>Poista valitut webhookit</translation>
    </message>
    <message>
        <source>Refresh the list of webhooks</source>
        <translation>Päivitä webhook-luettelo</translation>
    </message>
    <message>
        <source>Copy the delivery address of the selected webhooks</source>
        <translation>Kopioi valittujen webhookien toimitusosoite</translation>
    </message>
    <message>
        <source>Filter by URL, query, id or owner</source>
        <translation>Suodata: URL, kysely, ID tai omistaja</translation>
    </message>
    <message>
        <source>Filter webhooks</source>
        <translation>Suodata webhookeja</translation>
    </message>
    <message>
        <source>Shows only the webhooks that contain every word you type (Ctrl+F)</source>
        <translation>Näyttää vain webhookit, jotka sisältävät jokaisen kirjoittamasi sanan (Ctrl+F)</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Työskennellään</translation>
    </message>
    <message>
        <source>Number of webhooks</source>
        <translation>Webhookien määrä</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lisää…</translation>
    </message>
    <message>
        <source>Add a webhook (%1)</source>
        <translation>Lisää webhook (%1)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Delete the selected webhooks (Del)</source>
        <translation>Poista valitut webhookit (Del)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>P&amp;äivitä</translation>
    </message>
    <message>
        <source>Load the webhooks again from Vainu (F5)</source>
        <translation>Lataa webhookit uudelleen Vainusta (F5)</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>&amp;Kopioi URL</translation>
    </message>
    <message>
        <source>Copy the address Vainu posts to, query included (Ctrl+C)</source>
        <translation>Kopioi osoite, johon Vainu lähettää, kysely mukaan lukien (Ctrl+C)</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Suodata</translation>
    </message>
    <message>
        <source>No webhooks yet</source>
        <translation>Ei vielä webhookeja</translation>
    </message>
    <message>
        <source>A webhook tells Vainu where to send company changes. Whenever a company you track changes, Vainu posts its new details to the address you give here, for example your CRM&apos;s receiver or the receiver built into this app.</source>
        <translation>Webhook kertoo Vainulle, minne yritysmuutokset lähetetään. Aina kun seuraamasi yritys muuttuu, Vainu lähettää sen uudet tiedot tässä antamaasi osoitteeseen, esimerkiksi CRM-järjestelmäsi vastaanottimeen tai tämän sovelluksen sisäänrakennettuun vastaanottimeen.</translation>
    </message>
    <message>
        <source>Add a webhook…</source>
        <translation>Lisää webhook…</translation>
    </message>
    <message>
        <source>The webhooks could not be loaded. %1</source>
        <translation>Webhookeja ei voitu ladata. %1</translation>
    </message>
    <message>
        <source>Added the webhook for %1.</source>
        <translation>Webhook osoitteeseen %1 lisättiin.</translation>
    </message>
    <message>
        <source>Delete webhooks</source>
        <translation>Poista webhookit</translation>
    </message>
    <message>
        <source>Delete this webhook? Vainu stops sending company changes to its address:</source>
        <translation>Poistetaanko tämä webhook? Vainu lopettaa yritysmuutosten lähettämisen sen osoitteeseen:</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n webhooks? Vainu stops sending company changes to their addresses:</source>
        <translation>
            <numerusform>Poistetaanko %n webhook? Vainu lopettaa yritysmuutosten lähettämisen sen osoitteeseen:</numerusform>
            <numerusform>Poistetaanko nämä %n webhookia? Vainu lopettaa yritysmuutosten lähettämisen niiden osoitteisiin:</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message numerus="yes">
        <source>Addresses copied to the clipboard: %n.</source>
        <translation>
            <numerusform>Leikepöydälle kopioituja osoitteita: %n.</numerusform>
            <numerusform>Leikepöydälle kopioituja osoitteita: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Webhooks: %n</source>
        <translation>
            <numerusform>Webhookeja: %n</numerusform>
            <numerusform>Webhookeja: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Webhooks: %n, matching the filter: %1</source>
        <translation>
            <numerusform>Webhookeja: %n, suodatinta vastaavia: %1</numerusform>
            <numerusform>Webhookeja: %n, suodatinta vastaavia: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;secrets</source>
        <translation>Näytä &amp;salaisuudet</translation>
    </message>
    <message>
        <source>Show the secrets in the Query column in clear; they are masked as •••••••• otherwise</source>
        <translation>Näytä Kysely-sarakkeen salaisuudet selväkielisinä; muuten ne peitetään muotoon ••••••••</translation>
    </message>
    <message>
        <source>Added the webhook for %1. Vainu&apos;s answer was lost, but the webhook is in the list, so it was not added twice.</source>
        <translation>Webhook osoitteeseen %1 lisättiin. Vainun vastaus katosi, mutta webhook on luettelossa, joten sitä ei lisätty kahdesti.</translation>
    </message>
</context>
</TS>
