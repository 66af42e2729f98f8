package main

import "fmt"

func filled(n, base int) chan int {
	ch := make(chan int, n+1)
	for i := 0; i < n; i++ {
		ch <- base + i
	}
	close(ch)
	return ch
}

func main() {
	a := filled(1, 0)
	b := filled(2, 100)
	c := filled(3, 1000)
	open := 3
	a_open := true
	b_open := true
	c_open := true
	counts := []int{0, 0, 0}
	sum := 0
	for open > 0 {
		select {
		case v, ok := <-a:
			if ok {
				counts[0] += 1
				sum += v
			} else if a_open {
				a_open = false
				open -= 1
			}
		case v, ok2 := <-b:
			if ok2 {
				counts[1] += 1
				sum += v
			} else if b_open {
				b_open = false
				open -= 1
			}
		case v, ok3 := <-c:
			if ok3 {
				counts[2] += 1
				sum += v
			} else if c_open {
				c_open = false
				open -= 1
			}
		}
	}
	fmt.Println(counts, sum)
}
