package workerpool

import "fmt"

func Run(n int) int {
	jobs := make(chan int, 64)
	results := make(chan int, 64)
	done := make(chan struct{}, 4)
	for i2 := 0; i2 < 4; i2++ {
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
		for i3 := 0; i3 < 4; i3++ {
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

func main() {
	fmt.Println(Run(1000))
}
