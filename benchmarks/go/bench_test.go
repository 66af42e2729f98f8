package bench

import (
	"flag"
	lisette "lisette.dev/prelude"
	"testing"

	"lisette.dev/benchmarks/emitted/closedrain"
	"lisette.dev/benchmarks/emitted/fanin"
	"lisette.dev/benchmarks/emitted/pingpong"
	"lisette.dev/benchmarks/emitted/pipeline"
	"lisette.dev/benchmarks/emitted/prodcons"
	"lisette.dev/benchmarks/emitted/selectloop"
	"lisette.dev/benchmarks/emitted/selecttimeout"
	"lisette.dev/benchmarks/emitted/spawnstorm"
	"lisette.dev/benchmarks/emitted/workerpool"
)

type workload struct {
	name     string
	n        int
	lisette  func(int) int
	handGo   func(int) int
	expected func(int) int
}

func sumBelow(n int) int { return n * (n - 1) / 2 }

var workloads = []workload{
	{"PingPong", 1000, pingpong.Run, PingPong, func(n int) int { return n }},
	{"ProdCons", 10000, prodcons.Run, ProdCons, sumBelow},
	{"WorkerPool", 10000, workerpool.Run, WorkerPool, func(n int) int {
		s := 0
		for i := 0; i < n; i++ {
			s += i * i
		}
		return s
	}},
	{"FanIn", 10000, fanin.Run, FanIn, func(n int) int { return sumBelow(n / 4 * 4) }},
	{"Pipeline", 10000, pipeline.Run, Pipeline, func(n int) int {
		s := 0
		for i := 0; i < n; i++ {
			if (2*i+1)%3 == 0 {
				s += 2*i + 1
			}
		}
		return s
	}},
	{"SelectLoop", 1000, selectloop.Run, SelectLoop, func(n int) int { return 3 * sumBelow(n) }},
	{"SelectTimeout", 10000, selecttimeout.Run, SelectTimeout, sumBelow},
	{"SpawnStorm", 100000, spawnstorm.Run, SpawnStorm, func(n int) int { return n / 2 }},
	{"CloseDrain", 10000, closedrain.Run, CloseDrain, sumBelow},
}

// TestSameResults is the short test CI runs: both variants compute the expected result.
func TestSameResults(t *testing.T) {
	for _, w := range workloads {
		n := w.n
		if testing.Short() {
			n = 1000
		}
		want := w.expected(n)
		if got := w.lisette(n); got != want {
			t.Errorf("%s: emitted Lisette gives %d, want %d", w.name, got, want)
		}
		if got := w.handGo(n); got != want {
			t.Errorf("%s: hand-written Go gives %d, want %d", w.name, got, want)
		}
	}
}

var goFirst = flag.Bool("gofirst", false, "run the hand-written variant of each workload first")

// BenchmarkChannels runs each workload as two sub-benchmarks, impl=lisette and impl=go, so that
// `benchstat -col /impl` puts them side by side.
func BenchmarkChannels(b *testing.B) {
	for _, w := range workloads {
		b.Run(w.name, func(b *testing.B) {
			// Warm up the runtime (goroutine free lists, heap size) so that neither variant pays
			// for it alone.
			w.handGo(w.n)
			w.lisette(w.n)
			variants := []struct {
				name string
				run  func(int) int
			}{{"impl=lisette", w.lisette}, {"impl=go", w.handGo}}
			if *goFirst {
				// run.sh alternates the order between rounds: the variant that runs first after
				// the warm-up meets a different heap and goroutine free list.
				variants[0], variants[1] = variants[1], variants[0]
			}
			for _, v := range variants {
				b.Run(v.name, func(b *testing.B) {
					b.ReportAllocs()
					for i := 0; i < b.N; i++ {
						v.run(w.n)
					}
				})
			}
		})
	}
}

// BenchmarkSendPath isolates what the raw-send rules remove: a buffered send and receive in one
// goroutine, through the safe helper (impl=lisette, what a send compiles to when no rule applies)
// and as Go's raw send (impl=go, what the rules emit).
func BenchmarkSendPath(b *testing.B) {
	ch := make(chan int, 1)
	b.Run("impl=lisette", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			lisette.ChannelSend(ch, i)
			<-ch
		}
	})
	b.Run("impl=go", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			ch <- i
			<-ch
		}
	})
}
