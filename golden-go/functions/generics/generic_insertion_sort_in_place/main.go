package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Task struct {
	title    string
	priority int
}

func (v Task) String() string {
	return "Task { title: " + lisette.FormatValue(v.title) + ", priority: " + lisette.FormatValue(v.priority) + " }"
}

func sort_by[T any](xs []T, less func(T, T) bool) {
	for i, end := 1, len(xs); i < end; i++ {
		j := i
		for j > 0 && less(xs[j], xs[j-1]) {
			tmp := xs[j]
			xs[j] = xs[j-1]
			xs[j-1] = tmp
			j -= 1
		}
	}
}

func main() {
	nums := []int{5, 2, 9, 1, 5}
	sort_by(nums, func(a, b int) bool {
		return a < b
	})
	fmt.Println(nums)
	tasks := []Task{Task{title: "deploy", priority: 2}, Task{title: "fix bug", priority: 1}, Task{title: "lunch", priority: 3}}
	sort_by(tasks, func(a, b Task) bool {
		return a.priority < b.priority
	})
	fmt.Println(lisette.SliceMap(tasks, func(t Task) string {
		return t.title
	}))
}
