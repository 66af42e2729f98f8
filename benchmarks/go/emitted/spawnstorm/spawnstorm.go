package spawnstorm

import "fmt"

func Run(n int) int {
	done := make(chan int, n)
	for i := 0; i < n; i++ {
		go func() {
			done <- i % 2
		}()
	}
	odd := 0
	for i2 := 0; i2 < n; i2++ {
		v, ok := <-done
		if ok {
			odd += v
		}
	}
	return odd
}

func main() {
	fmt.Println(Run(1000))
}
