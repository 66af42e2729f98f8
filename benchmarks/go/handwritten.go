// Package bench compares the Go the reference compiler emits for each workload
// (emitted/<name>, generated from workloads/<name>.lis) with idiomatic
// hand-written Go doing the same work (this file).
package bench

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

// SelectLoop: a select over three channels with a default case.
func SelectLoop(n int) int {
	a := make(chan int, 16)
	b := make(chan int, 16)
	c := make(chan int, 16)
	go func() {
		for i := 0; i < n; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for i := 0; i < n; i++ {
			b <- i
		}
		close(b)
	}()
	go func() {
		for i := 0; i < n; i++ {
			c <- i
		}
		close(c)
	}()
	// The loop nils its own copies: the goroutines' captured variables stay unchanged (and on
	// the stack).
	ra, rb, rc := a, b, c
	sum := 0
	for ra != nil || rb != nil || rc != nil {
		select {
		case v, ok := <-ra:
			if !ok {
				ra = nil
				continue
			}
			sum += v
		case v, ok := <-rb:
			if !ok {
				rb = nil
				continue
			}
			sum += v
		case v, ok := <-rc:
			if !ok {
				rc = nil
				continue
			}
			sum += v
		default:
		}
	}
	return sum
}

// SelectTimeout: each value is awaited against a timeout channel.
func SelectTimeout(n int) int {
	data := make(chan int)
	timeout := make(chan struct{})
	go func() {
		for i := 0; i < n; i++ {
			data <- i
		}
	}()
	sum, timeouts := 0, 0
	for i := 0; i < n; i++ {
		select {
		case v, ok := <-data:
			if ok {
				sum += v
			}
		case <-timeout:
			timeouts++
		}
	}
	return sum + timeouts
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
