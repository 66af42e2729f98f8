package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	queue := []lisette.Option[string]{lisette.MakeOptionSome[string]("a"), lisette.MakeOptionSome[string]("b"), lisette.MakeOptionNone[string](), lisette.MakeOptionSome[string]("c")}
	i := 0
	for i < len(queue) {
		subject := queue[i]
		if subject.Tag != lisette.OptionSome {
			{
				fmt.Println("stop marker at", i)
				break
			}
		}
		job := subject.SomeVal
		fmt.Println("run", job)
		i += 1
	}
	fmt.Println("i =", i)
}
