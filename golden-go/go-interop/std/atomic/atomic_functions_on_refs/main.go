package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"sync"
	"sync/atomic"
)

type Stats struct {
	requests int64
	errors   int64
	version  int32
}

func (v Stats) String() string {
	return "Stats { requests: " + lisette.FormatValue(v.requests) + ", errors: " + lisette.FormatValue(v.errors) + ", version: " + lisette.FormatValue(v.version) + " }"
}

func main() {
	stats := Stats{requests: 0, errors: 0, version: 1}
	wg := sync.WaitGroup{}
	for i := 0; i < 10; i++ {
		wg.Go(func() {
			_ = atomic.AddInt64(&stats.requests, int64(10))
			if i%3 == 0 {
				_ = atomic.AddInt64(&stats.errors, int64(1))
			}
		})
	}
	wg.Wait()
	atomic.StoreInt32(&stats.version, int32(2))
	fmt.Println("requests:", atomic.LoadInt64(&stats.requests))
	fmt.Println("errors:", atomic.LoadInt64(&stats.errors))
	fmt.Println("version:", stats.version)
	var counter uint32 = 5
	now := atomic.AddUint32(&counter, uint32(3))
	fmt.Println(now, counter)
	swapped := atomic.CompareAndSwapUint32(&counter, uint32(8), uint32(100))
	fmt.Println(swapped, counter)
}
