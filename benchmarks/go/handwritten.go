// Package bench compares the Go the reference compiler emits for each workload
// (emitted/<name>, generated from workloads/<name>.lis) with idiomatic
// hand-written Go doing the same work (this file).
package bench

import (
	"runtime"
	"time"
)

// PingPong: unbuffered ping-pong, n round trips.
func PingPong(n int) int {
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
	}()
	ball := 0
	for i := 0; i < n; i++ {
		ping <- ball
		if b, ok := <-pong; ok {
			ball = b
		}
	}
	close(ping)
	return ball
}

// ProdCons: one producer, a buffer of 128, one consumer.
func ProdCons(n int) int {
	ch := make(chan int, 128)
	go func() {
		for i := 0; i < n; i++ {
			ch <- i
		}
		close(ch)
	}()
	sum := 0
	for v := range ch {
		sum += v
	}
	return sum
}

// WorkerPool: 4 workers square n jobs.
func WorkerPool(n int) int {
	jobs := make(chan int, 64)
	results := make(chan int, 64)
	done := make(chan struct{}, 4)
	for w := 0; w < 4; w++ {
		go func() {
			for j := range jobs {
				results <- j * j
			}
			done <- struct{}{}
		}()
	}
	go func() {
		for i := 0; i < n; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	go func() {
		for w := 0; w < 4; w++ {
			<-done
		}
		close(results)
	}()
	sum := 0
	for r := range results {
		sum += r
	}
	return sum
}

// FanIn: 4 producers merged into one channel.
func FanIn(n int) int {
	merged := make(chan int, 64)
	done := make(chan struct{}, 4)
	each := n / 4
	for p := 0; p < 4; p++ {
		go func() {
			for i := 0; i < each; i++ {
				merged <- p*each + i
			}
			done <- struct{}{}
		}()
	}
	go func() {
		for p := 0; p < 4; p++ {
			<-done
		}
		close(merged)
	}()
	sum := 0
	for v := range merged {
		sum += v
	}
	return sum
}

// Pipeline: four stages, each closing its output.
func Pipeline(n int) int {
	a := make(chan int, 32)
	b := make(chan int, 32)
	c := make(chan int, 32)
	d := make(chan int, 32)
	go func() {
		for i := 0; i < n; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for v := range a {
			b <- v * 2
		}
		close(b)
	}()
	go func() {
		for v := range b {
			c <- v + 1
		}
		close(c)
	}()
	go func() {
		for v := range c {
			if v%3 == 0 {
				d <- v
			}
		}
		close(d)
	}()
	sum := 0
	for v := range d {
		sum += v
	}
	return sum
}

// SelectLoop: a select over three channels with a default case that yields; the loop takes
// 3n values, whichever channel is ready.
func SelectLoop(n int) int {
	a := make(chan int, 16)
	b := make(chan int, 16)
	c := make(chan int, 16)
	go func() {
		for i := 0; i < n; i++ {
			a <- i
		}
	}()
	go func() {
		for i := 0; i < n; i++ {
			b <- i
		}
	}()
	go func() {
		for i := 0; i < n; i++ {
			c <- i
		}
	}()
	sum := 0
	for got := 0; got < 3*n; {
		select {
		case v := <-a:
			sum += v
			got++
		case v := <-b:
			sum += v
			got++
		case v := <-c:
			sum += v
			got++
		default:
			runtime.Gosched()
		}
	}
	return sum
}

// SelectTimeout: each value is awaited against time.After (never fired here).
func SelectTimeout(n int) int {
	data := make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			data <- i
		}
	}()
	sum := 0
	for i := 0; i < n; i++ {
		select {
		case v := <-data:
			sum += v
		case <-time.After(time.Second):
			sum++
		}
	}
	return sum
}

// SpawnStorm: n goroutines each signal completion on a buffered channel.
func SpawnStorm(n int) int {
	done := make(chan int, n)
	for i := 0; i < n; i++ {
		go func() {
			done <- i % 2
		}()
	}
	odd := 0
	for i := 0; i < n; i++ {
		odd += <-done
	}
	return odd
}

// CloseDrain: fill a buffered channel, close it, drain it with range.
func CloseDrain(n int) int {
	ch := make(chan int, 256)
	go func() {
		for i := 0; i < n; i++ {
			ch <- i
		}
		close(ch)
	}()
	sum := 0
	for v := range ch {
		sum += v
	}
	return sum
}
