package main

import (
	"container/heap"
	"fmt"
	lisette "lisette.dev/prelude"
)

type Job struct {
	name     string
	priority int
}

func (v Job) String() string {
	return "Job { name: " + lisette.FormatValue(v.name) + ", priority: " + lisette.FormatValue(v.priority) + " }"
}

type JobQueue struct {
	items []Job
}

func (v JobQueue) String() string {
	return "JobQueue { items: " + lisette.FormatValue(v.items) + " }"
}

func (self *JobQueue) Len() int {
	return len(self.items)
}

func (self *JobQueue) Less(i, j int) bool {
	return self.items[i].priority > self.items[j].priority
}

func (self *JobQueue) Swap(i, j int) {
	tmp := self.items[i]
	self.items[i] = self.items[j]
	self.items[j] = tmp
}

func (self *JobQueue) Push(x any) {
	subject := lisette.AssertType[Job](x)
	if subject.Tag == lisette.OptionSome {
		job := subject.SomeVal
		self.items = append(self.items, job)
	}
}

func (self *JobQueue) Pop() any {
	n := len(self.items)
	last := self.items[n-1]
	self.items = lisette.SliceRange(self.items, 0, n-1)
	return last
}

func main() {
	q := JobQueue{items: []Job{Job{name: "write report", priority: 2}, Job{name: "fix outage", priority: 9}, Job{name: "lunch", priority: 5}}}
	pq := &q
	heap.Init(pq)
	heap.Push(pq, Job{name: "reply to email", priority: 3})
	heap.Push(pq, Job{name: "deploy hotfix", priority: 8})
	fmt.Println("queued:", pq.Len())
	for pq.Len() > 0 {
		subject2 := lisette.AssertType[Job](heap.Pop(pq))
		if subject2.Tag == lisette.OptionSome {
			job := subject2.SomeVal
			fmt.Println(job.priority, job.name)
		} else {
			fmt.Println("not a job")
		}
	}
}
