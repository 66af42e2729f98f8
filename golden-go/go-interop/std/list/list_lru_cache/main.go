package main

import (
	"container/list"
	"fmt"
	lisette "lisette.dev/prelude"
)

type Pair struct {
	key   string
	value int
}

func (v Pair) String() string {
	return "Pair { key: " + lisette.FormatValue(v.key) + ", value: " + lisette.FormatValue(v.value) + " }"
}

type Lru struct {
	capacity int
	order    *list.List
	index    map[string]*list.Element
}

func (v Lru) String() string {
	return "Lru { capacity: " + lisette.FormatValue(v.capacity) + ", order: " + lisette.FormatValue(v.order) + ", index: " + lisette.FormatValue(v.index) + " }"
}

func Lru_new(capacity int) Lru {
	return Lru{capacity: capacity, order: list.New(), index: map[string]*list.Element{}}
}

func (self *Lru) Get(key string) lisette.Option[int] {
	opt := lisette.MapGet(self.index, key)
	if opt.Tag != lisette.OptionSome {
		return lisette.MakeOptionNone[int]()
	}
	e := opt.SomeVal
	self.order.MoveToFront(e)
	return lisette.OptionMap(lisette.AssertType[Pair](e.Value), func(p Pair) int {
		return p.value
	})
}

func (self *Lru) Put(key string, value int) {
	subject := lisette.MapGet(self.index, key)
	if subject.Tag == lisette.OptionSome {
		e := subject.SomeVal
		e.Value = Pair{key: key, value: value}
		self.order.MoveToFront(e)
		return
	}
	e := self.order.PushFront(Pair{key: key, value: value})
	self.index[key] = e
	if self.order.Len() > self.capacity {
		subject2 := lisette.OptionNilable(self.order.Back())
		if subject2.Tag == lisette.OptionSome {
			oldest := subject2.SomeVal
			subject3 := lisette.AssertType[Pair](self.order.Remove(oldest))
			if subject3.Tag == lisette.OptionSome {
				p := subject3.SomeVal
				delete(self.index, p.key)
				fmt.Println("evicted", p.key)
			}
		}
	}
}

func (self *Lru) Keys() []string {
	out := []string{}
	cur := lisette.OptionNilable(self.order.Front())
	for cur.Tag == lisette.OptionSome {
		e := cur.SomeVal
		subject4 := lisette.AssertType[Pair](e.Value)
		if subject4.Tag == lisette.OptionSome {
			p := subject4.SomeVal
			out = append(out, p.key)
		}
		cur = lisette.OptionNilable(e.Next())
	}
	return out
}

func main() {
	cache := Lru_new(3)
	cache.Put("a", 1)
	cache.Put("b", 2)
	cache.Put("c", 3)
	fmt.Println(cache.Keys())
	fmt.Println("get a:", cache.Get("a"))
	cache.Put("d", 4)
	fmt.Println(cache.Keys())
	fmt.Println("get b:", cache.Get("b"))
	cache.Put("c", 30)
	fmt.Println("get c:", cache.Get("c"))
	cache.Put("e", 5)
	fmt.Println(cache.Keys())
}
