package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func classify(ch chan lisette.Tuple2[int, string]) string {
	received, ok := <-ch
	if ok {
		if received.First == 0 {
			name := received.Second
			return fmt.Sprintf("zero %v", name)
		}
		n := received.First
		name := received.Second
		if n < 0 {
			return fmt.Sprintf("negative %v", name)
		}
		n2 := received.First
		return fmt.Sprintf("positive %v", n2)
	}
	return "closed"
}

func main() {
	ch := make(chan lisette.Tuple2[int, string], 4)
	ch <- lisette.Tuple2[int, string]{First: 0, Second: "a"}
	ch <- lisette.Tuple2[int, string]{First: -2, Second: "b"}
	ch <- lisette.Tuple2[int, string]{First: 5, Second: "c"}
	ch <- lisette.Tuple2[int, string]{First: 7, Second: "d"}
	fmt.Println(classify(ch))
	fmt.Println(classify(ch))
	fmt.Println(classify(ch))
	_, ok2 := <-ch
	if ok2 {
		fmt.Println("something")
	} else {
		fmt.Println("nothing")
	}
	close(ch)
	flags := make(chan bool, 1)
	flags <- false
	close(flags)
	for i := 0; i < 2; i++ {
		var text string
		received3, ok3 := <-flags
		if ok3 {
			if received3 {
				text = "true or closed"
			} else {
				text = "false"
			}
		} else {
			text = "true or closed"
		}
		fmt.Println(text)
	}
	fmt.Println(classify(ch))
}
