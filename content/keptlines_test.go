package content

import "testing"

// TestAddressBlocksKeepTheirLines: an address or contact block keeps its
// lines even where its first line, an organisation's name, is long; prose
// wrapped by hand, whose long lines run on mid-sentence, is run together
// even where a line of it mentions a place or a number. A text written a
// sentence a line (Leichte Sprache) keeps its lines too, unless a line of
// it is a long sentence.
func TestAddressBlocksKeepTheirLines(t *testing.T) {
	for _, tc := range []struct {
		src    string
		breaks int
	}{
		{"Netzwerk Integration durch Qualifizierung Sachsen-Anhalt\nSchleinufer 18a\n39104 Magdeburg\nTel. 0381 12345", 3},
		{"Landesnetzwerk Migrantenorganisationen Sachsen-Anhalt e. V.\nwww.lamsa.de", 1},
		{"Netzwerk Integration durch Qualifizierung Sachsen-Anhalt\nc/o Landesnetzwerk Migrantenorganisationen\nSchleinufer 18a\n39104 Magdeburg", 3},
		{"Bundesarbeitsgemeinschaft der Freien Wohlfahrtspflege e. V.\nAm Markt 3–5\nA-1010 Wien", 2},
		{"Koordinierungsstelle des Netzwerks Arbeitsmarktintegration Nord\nE-Mail: info@netzwerk-nord.de", 1},
		{"Die Arbeitsgruppe hat folgende Ergebnisse festgehalten und\nstellt sie vor.", 0},
		{"Die Teilnehmenden kamen aus ganz Sachsen-Anhalt und trafen sich in\nMagdeburg, wo die Beratungsstellen ihre Arbeit vorstellten und\nFragen der Anerkennung ausländischer Abschlüsse besprachen.\nDanke an alle.", 0},
		{"Einige Menschen haben selbst eine Behinderung.\nAndere Menschen arbeiten in einer Beratungsstelle.\nAlle haben zusammen überlegt: Was muss besser werden?", 2},
		{"Die Nummer ist: 03834 88 77 66-0.\n„Rufen Sie an!“\n(Montag bis Freitag)", 2},
		{"Sie haben Fragen?\nUnsere Telefon-Nummer ist: 03834 88 77 66-0\nOder schreiben Sie uns eine E-Mail an die Beratungsstelle.\nWir antworten schnell.", 3},
		{"Die Teilnehmenden haben gemeinsam überlegt, wie die Beratung besser werden kann, und haben viel erreicht.\nDanach gab es Kaffee.", 0},
		{"Die Arbeitsgruppe hat gemeinsam überlegt, wie die Beratung im Landkreis\nbesser werden kann.", 0},
		{"Die Fachtagung fand am 12. Juni 2025 in der Stadthalle Greifswald statt.\nRund 120 Fachkräfte aus Beratung und Verwaltung nahmen teil.", 0},
		{"Im Mittelpunkt standen drei Fragen: Wer berät? Wer zahlt?\nDie Antworten fielen unterschiedlich aus, je nach Landkreis.", 0},
		{"Die Frage war:\nWie finden Menschen mit Behinderung eine gute Beratung?", 1},
		{"Frau Dr. Müller von der Beratungsstelle hilft Ihnen gern.\nSie berät Sie zum Beispiel zur Rente.\nRufen Sie an.", 2},
		{"Die Beratung findet in der Geschäftsstelle in der Bahnhofstraße statt,\nSchleinufer 18a\nTermine nach Absprache mit dem Team der Beratungsstelle in der Stadt\nMagdeburg werden telefonisch vereinbart, auch an Wochenenden und abends.", 0},
	} {
		blocks, errs := parseMarkdown(tc.src, true)
		if len(errs) > 0 || len(blocks) != 1 {
			t.Fatalf("%q: %d blocks, %v", tc.src, len(blocks), errs)
		}
		n := 0
		for _, in := range blocks[0].Inlines {
			if in.Break {
				n++
			}
		}
		if n != tc.breaks || blocks[0].Lines != (tc.breaks > 0) {
			t.Errorf("%q: %d line breaks kept (set a line each: %v), want %d", tc.src, n, blocks[0].Lines, tc.breaks)
		}
	}
}
