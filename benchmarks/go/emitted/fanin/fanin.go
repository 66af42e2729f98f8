package fanin

import "fmt"

func Run(n int) int {
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
		for i2 := 0; i2 < 4; i2++ {
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

func main() {
	fmt.Println(Run(1000))
}
