package pipeline

import "fmt"

func Run(n int) int {
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

func main() {
	fmt.Println(Run(1000))
}
