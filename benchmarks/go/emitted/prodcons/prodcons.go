package prodcons

import "fmt"

func Run(n int) int {
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

func main() {
	fmt.Println(Run(1000))
}
