package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"slices"
	"strings"
)

func page(lines []string, size, number int) []string {
	start := number * size
	if start >= len(lines) {
		return []string{}
	}
	end := start + size
	if end > len(lines) {
		end = len(lines)
	}
	return lines[start:end:end]
}

func show(label string, lines []string) {
	if len(lines) == 0 {
		fmt.Printf("%v: <empty>\n", label)
	} else {
		text := strings.Join(lines, " | ")
		fmt.Printf("%v: %v\n", label, text)
	}
}

func main() {
	log := []string{"boot", "mount /", "start net", "dhcp ok", "start web", "listen :80", "ready"}
	size := 3
	pages := (len(log) + size - 1) / size
	fmt.Printf("%v lines, %v pages\n", len(log), pages)
	for n, more := 0, 0 <= pages; more; n, more = n+1, n < pages {
		show(fmt.Sprintf("page %v", n), page(log, size, n))
	}
	first := page(log, size, 0)
	annotated := append(first, "(more)")
	fmt.Println(log[3], len(annotated), cap(first))
	show("tail", log[len(log)-2:len(log):len(log)])
	excerpt := slices.Clone(log[1:3:3])
	excerpt[0] = "mount /data"
	fmt.Println(log[1], "/", excerpt[0])
	subject := lisette.EnumeratedSliceFind(lisette.SliceEnumerate(log), func(arg lisette.Tuple2[int, string]) bool {
		l := arg.Second
		return strings.HasPrefix(l, "start")
	})
	if subject.Tag == lisette.OptionSome {
		i := subject.SomeVal.First
		l := subject.SomeVal.Second
		fmt.Printf("first start at line %v: %v\n", i, l)
	} else {
		fmt.Println("no start")
	}
	starts := lisette.SliceMap(lisette.EnumeratedSliceFilter(lisette.SliceEnumerate(log), func(arg3 lisette.Tuple2[int, string]) bool {
		l := arg3.Second
		return strings.HasPrefix(l, "start")
	}), func(arg2 lisette.Tuple2[int, string]) int {
		i := arg2.First
		return i
	})
	fmt.Println(starts)
	readings := []int{10, 20, 30, 40, 50, 60}
	window := []int{0, 0, 0}
	for i, r := range readings {
		moved := copy(window[0:2:2], window[1:len(window):len(window)])
		window[2] = r
		if i >= 2 {
			avg := lisette.SliceFold(window, 0, func(acc, v int) int {
				return acc + v
			}) / len(window)
			fmt.Printf("%v avg %v (moved %v)\n", window, avg, moved)
		}
	}
}
