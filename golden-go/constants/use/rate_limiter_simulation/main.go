package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

const BUCKET_SIZE = 5

const REFILL_PER_TICK = 2

const TICKS = 6

const BURST_THRESHOLD = BUCKET_SIZE - 1

const LABEL = "limiter" + "/" + "v1"

type Bucket struct {
	tokens    int
	served    int
	throttled int
}

func (v Bucket) String() string {
	return "Bucket { tokens: " + lisette.FormatValue(v.tokens) + ", served: " + lisette.FormatValue(v.served) + ", throttled: " + lisette.FormatValue(v.throttled) + " }"
}

func Bucket_new() Bucket {
	return Bucket{tokens: BUCKET_SIZE, served: 0, throttled: 0}
}

func (self *Bucket) Refill() {
	self.tokens += REFILL_PER_TICK
	if self.tokens > BUCKET_SIZE {
		self.tokens = BUCKET_SIZE
	}
}

func (self *Bucket) Take(requests int) int {
	var granted int
	if requests <= self.tokens {
		granted = requests
	} else {
		granted = self.tokens
	}
	self.tokens -= granted
	self.served += granted
	self.throttled += requests - granted
	return granted
}

func first_throttled_tick(load []int) lisette.Option[int] {
	bucket := Bucket_new()
	tick := 0
	for {
		var requests int
		subject := lisette.SliceGet(load, tick)
		if subject.Tag != lisette.OptionSome {
			return lisette.MakeOptionNone[int]()
		}
		r := subject.SomeVal
		requests = r
		if bucket.Take(requests) < requests {
			return lisette.MakeOptionSome[int](tick)
		}
		bucket.Refill()
		tick += 1
	}
}

func main() {
	load := []int{3, 4, 1, 6, 2, 5}
	bucket := Bucket_new()
	defer func() {
		fmt.Printf("%v: served %v, throttled %v\n", LABEL, bucket.served, bucket.throttled)
	}()
	for tick := 0; tick < TICKS; tick++ {
		requests := load[tick]
		granted := bucket.Take(requests)
		var status string
		if granted == requests {
			status = "ok"
		} else {
			status = "throttled"
		}
		var burst string
		if requests > BURST_THRESHOLD {
			burst = " (burst)"
		} else {
			burst = ""
		}
		fmt.Printf("tick %v: req=%v granted=%v %v%v\n", tick, requests, granted, status, burst)
		bucket.Refill()
	}
	subject2 := first_throttled_tick(load)
	if subject2.Tag == lisette.OptionSome {
		t := subject2.SomeVal
		fmt.Println("first throttled at tick", t)
	} else {
		fmt.Println("never throttled")
	}
	capacity_per_run := BUCKET_SIZE + REFILL_PER_TICK*(TICKS-1)
	fmt.Println("max servable:", capacity_per_run)
}
