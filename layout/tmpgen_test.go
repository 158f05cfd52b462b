package layout_test

import "testing"

func BenchmarkTmpGenerate(b *testing.B) {
	t := &testing.T{}
	for i := 0; i < b.N; i++ {
		generateCorpus(t, b.TempDir())
	}
}
