package output

import "runtime"

// pipeline writes the bulky objects — page contents, images — in the
// order they were queued, while they are compressed on all cores. Their
// numbers are reserved when they are queued, in program order, and the
// objects are written in that same order, so numbers still follow the
// file and the output does not depend on scheduling.
type pipeline struct {
	ow      *objectWriter
	queue   []*pendingObjects
	slots   chan struct{} // one per core: how many jobs run at once
	maxWait int           // queued jobs beyond which queuing waits for the oldest
}

// streamObject is one finished stream: its dictionary (without /Length)
// and its data as stored.
type streamObject struct {
	dict pdfDict
	data []byte
}

// pendingObjects are the objects one job makes (an image and its soft
// mask, say), under numbers reserved for them.
type pendingObjects struct {
	nums    []int
	done    chan struct{} // closed when the objects are made; nil for those queued made (put)
	objects []streamObject
	err     error
}

func newPipeline(ow *objectWriter) *pipeline {
	n := max(1, runtime.GOMAXPROCS(0))
	return &pipeline{ow: ow, slots: make(chan struct{}, n), maxWait: 4 * n}
}

// submit reserves count object numbers and runs build in the background;
// build must return exactly count objects (or an error). The numbers are
// returned at once, so others can refer to the objects.
func (p *pipeline) submit(count int, build func(nums []int) ([]streamObject, error)) []int {
	job := &pendingObjects{done: make(chan struct{})}
	p.reserve(job, count)
	go func() {
		p.slots <- struct{}{}
		job.objects, job.err = build(job.nums)
		<-p.slots
		close(job.done)
	}()
	p.writeFull()
	return job.nums
}

// put queues objects already made, under a number reserved for each,
// and returns the numbers: like submit, without a job to run.
func (p *pipeline) put(objects ...streamObject) []int {
	job := &pendingObjects{objects: objects} // no done channel: done
	p.reserve(job, len(objects))
	p.writeFull()
	return job.nums
}

// reserve numbers count objects for job and queues it.
func (p *pipeline) reserve(job *pendingObjects, count int) {
	for range count {
		job.nums = append(job.nums, p.ow.reserve())
	}
	p.queue = append(p.queue, job)
}

// writeFull writes the oldest jobs while more than maxWait are queued.
// Jobs are written only at points that do not depend on timing — when
// the queue is full and at drain — never "whenever one is ready": other
// objects are written between submits, and their place in the file must
// not depend on how fast a core compressed (a loaded machine wrote the
// same document in another order).
func (p *pipeline) writeFull() {
	for len(p.queue) > p.maxWait {
		p.writeHead()
	}
}

// writeHead waits for the oldest job and writes its objects.
func (p *pipeline) writeHead() {
	job := p.queue[0]
	if job.done != nil {
		<-job.done
	}
	p.queue[0] = nil
	p.queue = p.queue[1:]
	if job.err == nil && len(job.objects) != len(job.nums) {
		job.err = errObjectCount
	}
	if job.err != nil {
		p.ow.fail(job.err)
		// Keep the file consistent: the reserved numbers still get objects.
		for _, n := range job.nums {
			p.ow.put(n, pdfNull{})
		}
		return
	}
	for i, o := range job.objects {
		p.ow.stream(job.nums[i], o.dict, o.data)
	}
}

// drain writes everything still queued.
func (p *pipeline) drain() {
	for len(p.queue) > 0 {
		p.writeHead()
	}
}

var errObjectCount = errorString("output: a background job made the wrong number of objects")

type errorString string

func (e errorString) Error() string { return string(e) }
